-- Referral intake (issue 3): withdrawal, re-referrals, the personal details a referral screen shows,
-- family matching, idempotency keys, the personal-data access log, and what other services tell us.

ALTER TABLE referral_view
  ADD COLUMN re_referral       BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN withdrawn_at      TIMESTAMPTZ,
  ADD COLUMN withdrawal_reason TEXT,
  ADD COLUMN details           JSONB;
CREATE INDEX referral_view_council_received ON referral_view (council, received_at DESC);

-- A referred child, recognised by normalised family name, date of birth and postcode, and their family.
CREATE TABLE family_match (
  council       VARCHAR(9)  NOT NULL,
  family_name   VARCHAR(100) NOT NULL,
  date_of_birth DATE        NOT NULL,
  postcode      VARCHAR(10) NOT NULL,
  family_id     VARCHAR(36) NOT NULL,
  PRIMARY KEY (council, family_name, date_of_birth, postcode)
);
CREATE INDEX family_match_family ON family_match (family_id);

-- An agency's Idempotency-Key: the first request's body hash and the answer it got.
CREATE TABLE idempotency_key (
  council         VARCHAR(9)   NOT NULL,
  agency          VARCHAR(100) NOT NULL,
  idempotency_key VARCHAR(200) NOT NULL,
  request_hash    VARCHAR(64)  NOT NULL,
  referral_id     VARCHAR(36),
  family_id       VARCHAR(36),
  created_at      TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (council, agency, idempotency_key)
);

-- Every read of a referral's personal data: who, in which role, when, which referral.
CREATE TABLE access_log (
  id          BIGSERIAL    PRIMARY KEY,
  reader      VARCHAR(200) NOT NULL,
  role        VARCHAR(50)  NOT NULL,
  council     VARCHAR(9)   NOT NULL,
  referral_id VARCHAR(36)  NOT NULL,
  family_id   VARCHAR(36)  NOT NULL,
  read_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX access_log_family ON access_log (family_id);

-- From casework: each family's last closure, for the re-referral flag.
CREATE TABLE family_case_status (
  family_id      VARCHAR(36) PRIMARY KEY,
  last_closed_on DATE,
  reopened_since BOOLEAN NOT NULL
);

-- From eligibility: each family's latest decision, shown on its referrals.
CREATE TABLE family_eligibility (
  family_id    VARCHAR(36) PRIMARY KEY,
  decision     VARCHAR(30) NOT NULL,
  reason       TEXT        NOT NULL,
  rule_version VARCHAR(50) NOT NULL,
  decided_at   TIMESTAMPTZ NOT NULL
);
