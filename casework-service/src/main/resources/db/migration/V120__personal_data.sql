-- Personal data (issue 12, SPEC §8). Numbered from 120 so as not to clash with other work in 110-119.

-- Each family's data key, wrapped by a master key from configuration; erasure leaves a tombstone.
CREATE TABLE family_key (
  family_id          VARCHAR(36) PRIMARY KEY,
  master_key_version VARCHAR(50),
  wrapped_key        BYTEA,
  created_at         TIMESTAMPTZ NOT NULL,
  erased_at          TIMESTAMPTZ,
  CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);
CREATE INDEX family_key_version ON family_key (master_key_version);

-- Every read of a family's personal data: who, in which role, when, which family, what.
CREATE TABLE access_log (
  id          BIGSERIAL    PRIMARY KEY,
  reader      VARCHAR(200) NOT NULL,
  role        VARCHAR(50)  NOT NULL,
  council     VARCHAR(9)   NOT NULL,
  family_id   VARCHAR(36)  NOT NULL,
  what        VARCHAR(50)  NOT NULL,
  referral_id VARCHAR(36),
  read_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX access_log_family ON access_log (family_id);

-- An erased family's goals keep their problem and status, not their wording.
ALTER TABLE plan_goal ALTER COLUMN description DROP NOT NULL;
ALTER TABLE family_case ADD COLUMN personal_data_erased BOOLEAN NOT NULL DEFAULT FALSE;
