-- When evidence (an outcome, an employment spell) last reached the family's claim record: a family that failed
-- a spot check is claimable again only once newer evidence has arrived (read model, rebuilt with pbr_family).
ALTER TABLE pbr_family ADD COLUMN evidence_at TIMESTAMPTZ;

-- Families a finance officer's spot check failed, with the officer's note. Not a read model: written with the
-- audit result in one transaction, it holds the family out of every later batch until new evidence arrives.
CREATE TABLE audit_failure (
  family_id VARCHAR(64)  PRIMARY KEY,
  council   VARCHAR(9)   NOT NULL,
  batch_id  VARCHAR(36)  NOT NULL REFERENCES claim_batch (batch_id),
  note      TEXT         NOT NULL,
  failed_by VARCHAR(200) NOT NULL,
  failed_at TIMESTAMPTZ  NOT NULL
);

-- Each council's funded maximum from the ministry's allocation, set by its finance officers (without a row, the
-- configured default applies).
CREATE TABLE council_funding (
  council        VARCHAR(9)   PRIMARY KEY,
  funded_families INTEGER     NOT NULL CHECK (funded_families >= 0),
  set_by         VARCHAR(200),
  set_at         TIMESTAMPTZ
);
