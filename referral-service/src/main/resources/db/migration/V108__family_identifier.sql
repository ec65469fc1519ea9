-- A member's national identifiers (NHS number, unique pupil number), each joining its family: checked before the
-- name, date of birth and postcode match, so a misspelling or a house move does not make a second family.
-- Personal data: deleted with the family's match keys on erasure.
CREATE TABLE family_identifier (
  council   VARCHAR(9)  NOT NULL,
  kind      VARCHAR(3)  NOT NULL,
  value     VARCHAR(13) NOT NULL,
  family_id VARCHAR(36) NOT NULL,
  PRIMARY KEY (council, kind, value)
);
CREATE INDEX family_identifier_family ON family_identifier (family_id);
