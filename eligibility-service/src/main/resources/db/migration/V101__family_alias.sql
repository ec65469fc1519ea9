-- A family merged into another at the front door (docs/domain.md, "Front door"): later events naming it are about the
-- family it was merged into.
CREATE TABLE family_alias (
  family_id       VARCHAR(36) PRIMARY KEY,
  into_family_id  VARCHAR(36) NOT NULL
);
