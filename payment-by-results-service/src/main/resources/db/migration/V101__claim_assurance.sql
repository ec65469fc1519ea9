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

-- Submitted claims that no longer rest on proof (an outcome they needed was retracted): owed back as a negative
-- line in the council's next batch. Not a read model: written with the batch changes that carry it.
CREATE TABLE claim_adjustment (
  family_id        VARCHAR(64)  PRIMARY KEY,
  council          VARCHAR(9)   NOT NULL,
  claimed_batch_id VARCHAR(36)  NOT NULL,
  amount_pence     BIGINT       NOT NULL CHECK (amount_pence <= 0),
  reason           TEXT         NOT NULL,
  owed_at          TIMESTAMPTZ  NOT NULL,
  carried_in_batch VARCHAR(36)  REFERENCES claim_batch (batch_id)
);
CREATE INDEX claim_adjustment_pending ON claim_adjustment (council) WHERE carried_in_batch IS NULL;
