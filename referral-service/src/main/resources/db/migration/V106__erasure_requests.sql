-- Erasure cannot be undone, so one data-protection officer requests it and another confirms it. A request waits
-- here until then; the officer's note of the request must not repeat the family's data.
CREATE TABLE erasure_request (
  family_id     VARCHAR(36)  PRIMARY KEY,
  council       VARCHAR(9)   NOT NULL,
  reason        VARCHAR(500) NOT NULL,
  requested_on  DATE         NOT NULL,
  requested_by  VARCHAR(255) NOT NULL,
  requested_at  TIMESTAMPTZ  NOT NULL
);
