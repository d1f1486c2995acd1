-- Indexes for a year of case facts and more (issue 21, README Benchmarks: 1,000,000 case facts on PostgreSQL).
-- The deadline monitor and the drill-down of an office read the cases it decided or took in
-- ((office_id = ? or intake_office_id = ?) and ended_at ...): without an index on intake_office_id that OR reads the
-- whole table.
create index case_fact_intake_office_ended on case_fact (intake_office_id, ended_at);
-- The indicators counted by acceptance (documents complete at intake, waiting time) of a region or district over a
-- period: without it, every case the region ever had is read and filtered by acceptance date.
create index case_fact_region_accepted on case_fact (region, accepted_at);
