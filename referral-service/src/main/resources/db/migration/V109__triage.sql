-- Triage at the front door (docs/domain.md, "Front door"). The duty screen's feed also carries triages and social
-- care's answers, and each referral's due time.
ALTER TABLE duty_feed ADD COLUMN due_at TIMESTAMPTZ;
ALTER TABLE duty_feed ADD COLUMN outcome VARCHAR(30);
ALTER TABLE duty_feed ADD COLUMN team VARCHAR(100);

-- Each family's triage state: pending from its first referral not yet triaged (due by due_at), until a triage.
CREATE TABLE family_triage (
  family_id      VARCHAR(36)  PRIMARY KEY,
  council        VARCHAR(9)   NOT NULL,
  pending_since  TIMESTAMPTZ,
  escalation     BOOLEAN      NOT NULL DEFAULT FALSE,
  due_at         TIMESTAMPTZ,
  last_outcome   VARCHAR(30),
  team           VARCHAR(100),
  triaged_at     TIMESTAMPTZ
);
CREATE INDEX family_triage_pending ON family_triage (council, due_at) WHERE pending_since IS NOT NULL;
CREATE INDEX duty_feed_family ON duty_feed (family_id);
