-- The case list and plan history of issue 5. Every table here is a read model of the family-history
-- processor: the projection rebuild truncates them all and replays the event store into them.
ALTER TABLE family_case
  ADD COLUMN lead_practitioner      VARCHAR(100),
  ADD COLUMN attached_on            DATE,
  ADD COLUMN problems_at_attachment TEXT[],
  ADD COLUMN closure_reason         VARCHAR(30);

CREATE INDEX family_case_by_council ON family_case (council, stage, lead_practitioner);

CREATE TABLE family_star_reading (
  family_id     VARCHAR(36) NOT NULL,
  sequence      BIGINT      NOT NULL,
  assessment_id VARCHAR(36) NOT NULL,
  assessed_on   DATE        NOT NULL,
  domain        VARCHAR(40) NOT NULL,
  reading       INTEGER     NOT NULL,
  PRIMARY KEY (family_id, sequence, domain)
);

CREATE TABLE plan_goal (
  family_id   VARCHAR(36) NOT NULL,
  goal_id     VARCHAR(36) PRIMARY KEY,
  sequence    BIGINT      NOT NULL,
  problem     VARCHAR(40) NOT NULL,
  description TEXT        NOT NULL,
  status      VARCHAR(20) NOT NULL,
  agreed_on   DATE        NOT NULL
);

CREATE INDEX plan_goal_by_family ON plan_goal (family_id, sequence);
