CREATE TABLE eligibility_decision (
  decision_id              VARCHAR(36)  PRIMARY KEY,
  family_id                VARCHAR(36)  NOT NULL,
  council                  VARCHAR(9)   NOT NULL,
  sequence                 BIGINT       NOT NULL,
  decision                 VARCHAR(30)  NOT NULL,
  problems_counted         TEXT[]       NOT NULL,
  problems_still_needed    INTEGER      NOT NULL,
  rule_version             VARCHAR(50)  NOT NULL,
  reason                   TEXT         NOT NULL,
  evidencing_referral_ids  TEXT[]       NOT NULL,
  triggered_by_referral_id VARCHAR(36),
  decided_at               TIMESTAMPTZ  NOT NULL
);
CREATE INDEX eligibility_decision_family ON eligibility_decision (family_id, sequence);
