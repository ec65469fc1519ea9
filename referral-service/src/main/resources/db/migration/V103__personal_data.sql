-- Personal data (issue 12, SPEC §8): family keys for crypto-shredding, the access log generalised to every
-- read of a family's personal data, and what the referral read model keeps of an erased family.

-- Each family's data key, wrapped by a master key from configuration. Erasure sets wrapped_key to NULL and
-- keeps the row as a tombstone, so nothing later about the family is stored readable.
CREATE TABLE family_key (
  family_id          VARCHAR(36) PRIMARY KEY,
  master_key_version VARCHAR(50),
  wrapped_key        BYTEA,
  created_at         TIMESTAMPTZ NOT NULL,
  erased_at          TIMESTAMPTZ,
  CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);
CREATE INDEX family_key_version ON family_key (master_key_version);

-- Reads other than of one referral (a subject access export) have no referral id; "what" says what was read.
ALTER TABLE access_log
  ALTER COLUMN referral_id DROP NOT NULL,
  ADD COLUMN what VARCHAR(50) NOT NULL DEFAULT 'referral';
ALTER TABLE access_log ALTER COLUMN what DROP DEFAULT;

ALTER TABLE referral_view ADD COLUMN personal_data_erased BOOLEAN NOT NULL DEFAULT FALSE;

-- Erased families (a read model of FamilyErased): for the subject access export and the retention job.
CREATE TABLE family_erasure (
  family_id    VARCHAR(36) PRIMARY KEY,
  council      VARCHAR(9)  NOT NULL,
  trigger      VARCHAR(20) NOT NULL,
  requested_on DATE        NOT NULL,
  erased_at    TIMESTAMPTZ NOT NULL
);
