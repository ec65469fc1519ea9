CREATE TABLE family_case (
  family_id   VARCHAR(36) PRIMARY KEY,
  council     VARCHAR(9)  NOT NULL,
  stage       VARCHAR(40) NOT NULL,
  eligibility VARCHAR(30)
);

CREATE TABLE history_entry (
  family_id   VARCHAR(36)  NOT NULL,
  sequence    BIGINT       NOT NULL,
  type        VARCHAR(60)  NOT NULL,
  occurred_at TIMESTAMPTZ  NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  summary     TEXT         NOT NULL,
  details     JSONB        NOT NULL,
  PRIMARY KEY (family_id, sequence)
);
