-- One family is one family (docs/domain.md, "Front door"). A child's given name joins its match row, so that the
-- same names and date of birth at another postcode can be listed as a possible duplicate. Personal data: deleted
-- with the family's match rows on erasure.
ALTER TABLE family_match ADD COLUMN given_name VARCHAR(200);
CREATE INDEX family_match_birth ON family_match (council, date_of_birth);

-- Near matches for a duty officer to merge or dismiss; one row per pair of families.
CREATE TABLE possible_duplicate (
  id               VARCHAR(36)  PRIMARY KEY,
  council          VARCHAR(9)   NOT NULL,
  family_id        VARCHAR(36)  NOT NULL,
  other_family_id  VARCHAR(36)  NOT NULL,
  reason           VARCHAR(200) NOT NULL,
  detected_at      TIMESTAMPTZ  NOT NULL,
  state            VARCHAR(20)  NOT NULL DEFAULT 'OPEN',
  resolved_by      VARCHAR(255),
  resolved_at      TIMESTAMPTZ,
  resolution       TEXT
);
CREATE UNIQUE INDEX possible_duplicate_pair
  ON possible_duplicate (LEAST(family_id, other_family_id), GREATEST(family_id, other_family_id));
CREATE INDEX possible_duplicate_open ON possible_duplicate (council, detected_at) WHERE state = 'OPEN';

-- A family merged into another: every later mention of it means the other.
CREATE TABLE family_merge (
  family_id       VARCHAR(36)  PRIMARY KEY,
  into_family_id  VARCHAR(36)  NOT NULL,
  council         VARCHAR(9)   NOT NULL,
  merged_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX family_merge_into ON family_merge (into_family_id);
