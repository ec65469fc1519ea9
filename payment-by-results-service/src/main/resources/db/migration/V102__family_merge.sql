-- Families merged at the front door (docs/domain.md, "Front door"): the pair is claimed at most once. A family merged
-- away is never claimed after the merge; the family it was merged into is not claimed while the other was (or is in
-- a batch).
CREATE TABLE family_merge (
  family_id       VARCHAR(100) PRIMARY KEY,
  into_family_id  VARCHAR(100) NOT NULL
);
CREATE INDEX family_merge_into ON family_merge (into_family_id);
