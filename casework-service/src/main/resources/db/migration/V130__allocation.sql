-- The allocation queue and caseloads (docs/domain.md, "Front door"): a family accepted for Early Help at triage waits
-- in its team's queue until a lead practitioner is allocated (or named at attachment); open cases make caseloads.
CREATE TABLE case_allocation (
  family_id          VARCHAR(36)  PRIMARY KEY,
  council            VARCHAR(9)   NOT NULL,
  team               VARCHAR(100),
  accepted_on        DATE,
  problems           TEXT[]       NOT NULL DEFAULT '{}',
  lead_practitioner  VARCHAR(100),
  open               BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX case_allocation_by_team ON case_allocation (council, team);
