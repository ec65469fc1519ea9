-- Each family's claim facts, folded from the FamilyClaimRecord events (a read model: rebuildable).
CREATE TABLE pbr_family (
  family_id               VARCHAR(64)  PRIMARY KEY,
  council                 VARCHAR(9),
  attached_on             DATE,
  attached_while_eligible BOOLEAN      NOT NULL DEFAULT FALSE,
  claimed_batch_id        VARCHAR(36),
  facts                   JSONB        NOT NULL
);
CREATE INDEX pbr_family_council ON pbr_family (council, attached_on);

-- Claim batches and their families, written with each batch command in one transaction. Not a read model:
-- the primary key on family_id is what keeps a family out of two batches, even under concurrent builds.
CREATE TABLE claim_batch (
  batch_id   VARCHAR(36)  PRIMARY KEY,
  council    VARCHAR(9)   NOT NULL,
  state      VARCHAR(20)  NOT NULL,
  window_end DATE         NOT NULL,
  created_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX claim_batch_council ON claim_batch (council);

CREATE TABLE claim_batch_family (
  family_id VARCHAR(64) PRIMARY KEY,
  batch_id  VARCHAR(36) NOT NULL REFERENCES claim_batch (batch_id),
  council   VARCHAR(9)  NOT NULL
);
CREATE INDEX claim_batch_family_batch ON claim_batch_family (batch_id);
