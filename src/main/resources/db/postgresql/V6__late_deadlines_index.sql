-- PostgreSQL only (application-postgres.yaml adds this location; H2 has no partial indexes, and the embedded default
-- never holds a year of facts). The timeliness indicator asks, for every case of the scope that ended in the period,
-- whether any of its statutory deadlines ran out or was done late. Without this index each of a region's 57,000
-- cases of a year reads all its deadline rows (about 225,000 buffers, 0.8-1.0 s of the 1,000,000-case benchmark);
-- with it, the question is answered from an index of the late deadlines alone (3 % of the rows): 0.33-0.38 s
-- (issue 21, README Benchmarks).
create index case_deadline_late on case_deadline (business_key, deadline_id)
  where breached_at is not null or done_at > due_at;
