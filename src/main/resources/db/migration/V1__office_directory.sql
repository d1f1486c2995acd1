-- The office directory imported from the decree's annexes (kz.qyzmet.directory). Runs in schema "qyzmet"
-- (spring.flyway.default-schema), apart from the engine's tables. "data" holds the whole record as JSON (as in
-- src/main/resources/directory/offices.json); the other columns are what the API filters and sorts on.
create table office (
  id varchar(64) primary key,
  kind varchar(32) not null,
  region varchar(64) not null,
  kato varchar(9) not null,
  district varchar(128),
  name varchar(512),
  sort_key integer not null,
  data varchar(16000) not null,
  content_hash varchar(64) not null
);

create index office_kind_region on office (kind, region);
