CREATE TABLE referral_view (
  referral_id          VARCHAR(36)  PRIMARY KEY,
  family_id            VARCHAR(36)  NOT NULL,
  council              VARCHAR(9)   NOT NULL,
  agency               VARCHAR(100) NOT NULL,
  agency_reference     VARCHAR(100) NOT NULL,
  status               VARCHAR(20)  NOT NULL,
  received_at          TIMESTAMPTZ  NOT NULL,
  problems             TEXT[]       NOT NULL,
  safeguarding_concern BOOLEAN      NOT NULL
);
CREATE INDEX referral_view_family ON referral_view (family_id);
