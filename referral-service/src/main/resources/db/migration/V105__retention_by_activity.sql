-- Retention counts from a family's latest activity (a referral, anything on its case), as the service received it,
-- never from a date someone typed: a back-dated closure must not bring an erasure forward, and a re-referral starts
-- the clock again. Families that never had a case are covered too; an open case is never due.
CREATE TABLE family_activity (
  family_id        VARCHAR(36) PRIMARY KEY,
  council          VARCHAR(9)  NOT NULL,
  last_activity_on DATE        NOT NULL,
  case_open        BOOLEAN     NOT NULL DEFAULT FALSE
);

INSERT INTO family_activity (family_id, council, last_activity_on, case_open)
SELECT v.family_id,
       min(v.council),
       greatest(max((v.received_at AT TIME ZONE 'Europe/London')::date), max(s.last_closed_on)),
       coalesce(bool_or(s.reopened_since), FALSE)
FROM referral_view v LEFT JOIN family_case_status s ON s.family_id = v.family_id
GROUP BY v.family_id;

-- A data-protection officer's legal hold (litigation, an inquiry) keeps a family's data past its retention period.
CREATE TABLE legal_hold (
  family_id  VARCHAR(36)  PRIMARY KEY,
  council    VARCHAR(9)   NOT NULL,
  reason     VARCHAR(500) NOT NULL,
  placed_by  VARCHAR(255) NOT NULL,
  placed_at  TIMESTAMPTZ  NOT NULL
);
