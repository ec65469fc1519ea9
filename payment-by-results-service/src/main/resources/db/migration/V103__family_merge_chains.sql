-- A family merged into one that was itself merged away later (A into B, then B into C) is part of C's family: every
-- row now names the family its chain ends in, as FamilyMerges.merged keeps it from now on, so that the checks that
-- look one merge deep (building a claims batch, approving and submitting one) see a chain whole.
WITH RECURSIVE chain (family_id, into_family_id) AS (
  SELECT family_id, into_family_id FROM family_merge
  UNION
  SELECT c.family_id, m.into_family_id FROM chain c JOIN family_merge m ON m.family_id = c.into_family_id
)
UPDATE family_merge f SET into_family_id = c.into_family_id
FROM chain c
WHERE c.family_id = f.family_id
  AND NOT EXISTS (SELECT 1 FROM family_merge m WHERE m.family_id = c.into_family_id)
  AND f.into_family_id <> c.into_family_id;
