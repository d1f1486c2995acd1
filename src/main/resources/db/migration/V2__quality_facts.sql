-- Case facts for the quality indicators of item 18 of every standard (kz.qyzmet.quality). Written in the engine's
-- transaction as a case moves, so a year's indicators outlive the engine's history cleanup (historyTimeToLive) and are
-- computed without reading ACT_HI_*. No personal data: no IIN, name, address or phone.

-- One row per case (business key = case number).
create table case_fact (
  business_key varchar(64) primary key,
  process_instance_id varchar(64),
  standard varchar(8) not null,
  subtype varchar(64),
  channel varchar(32),
  office_id varchar(64),            -- the office judged on the case: the deciding office where it is known, else intake
  intake_office_id varchar(64),
  district varchar(128),
  region varchar(32),               -- the region's slug (kz.qyzmet.directory.Region)
  accepted_at timestamp not null,
  documents_complete boolean,
  waiting_minutes integer,
  decided_at timestamp,
  result_ready_at timestamp,
  handed_out_at timestamp,
  ended_at timestamp,
  outcome varchar(32),              -- issued, transferred, refusedAtIntake, completed
  result varchar(64),
  survey_token varchar(64) not null unique,
  survey_answered_at timestamp,
  survey_source varchar(16),        -- operator or applicant
  answer_process varchar(8),        -- yes, no (null: not asked or declined)
  answer_information varchar(8),
  answer_complaint varchar(8),
  answer_complaint_term varchar(8),
  answer_courtesy varchar(8)
);
create index case_fact_region_ended on case_fact (region, ended_at);
create index case_fact_office_ended on case_fact (office_id, ended_at);
create index case_fact_open on case_fact (office_id, ended_at, accepted_at);

-- Each statutory deadline of a case (catalogue id), with its due date and whether it was met.
create table case_deadline (
  business_key varchar(64) not null,
  deadline_id varchar(32) not null,
  office_id varchar(64),
  due_at timestamp not null,
  done_at timestamp,
  breached_at timestamp,
  primary key (business_key, deadline_id)
);
create index case_deadline_office_due on case_deadline (office_id, due_at);

-- One row per complaint (the complaint process instance).
create table complaint_fact (
  complaint_id varchar(64) primary key,
  case_business_key varchar(64),
  standard varchar(8),
  office_id varchar(64),
  region varchar(32),
  received_at timestamp not null,
  due_at timestamp,
  answered_at timestamp,
  decision varchar(32),
  breached_at timestamp
);
create index complaint_fact_region on complaint_fact (region, answered_at);

-- Normative and target values of an indicator row, set by the Ministry every year (item 19), entered by a manager.
create table indicator_target (
  target_year integer not null,
  standard varchar(8) not null,
  code varchar(8) not null,
  normative decimal(6, 2),
  target decimal(6, 2),
  updated_by varchar(64),
  updated_at timestamp,
  primary key (target_year, standard, code)
);
