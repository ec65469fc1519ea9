-- A family merged into one that was itself merged away later (A into B, then B into C) stands for C: every row now
-- names the family its chain ends in, as FamilyAliases.merged keeps it from now on, so that one look-up answers it.
WITH RECURSIVE chain (family_id, into_family_id) AS (
  SELECT family_id, into_family_id FROM family_alias
  UNION
  SELECT c.family_id, a.into_family_id FROM chain c JOIN family_alias a ON a.family_id = c.into_family_id
)
UPDATE family_alias f SET into_family_id = c.into_family_id
FROM chain c
WHERE c.family_id = f.family_id
  AND NOT EXISTS (SELECT 1 FROM family_alias a WHERE a.family_id = c.into_family_id)
  AND f.into_family_id <> c.into_family_id;
