-- The First Response duty screen's feed: new referrals and eligibility decisions of each council, in the
-- order they were recorded. seq is the SSE event id a screen resumes from (Last-Event-ID).
CREATE TABLE duty_feed (
  seq          BIGSERIAL    PRIMARY KEY,
  council      VARCHAR(9)   NOT NULL,
  kind         VARCHAR(20)  NOT NULL,
  family_id    VARCHAR(36)  NOT NULL,
  referral_id  VARCHAR(36),
  agency       VARCHAR(100),
  problems     TEXT[]       NOT NULL,
  decision     VARCHAR(30),
  reason       TEXT,
  re_referral  BOOLEAN      NOT NULL,
  escalation   BOOLEAN      NOT NULL,
  occurred_at  TIMESTAMPTZ  NOT NULL,
  source_id    VARCHAR(100) NOT NULL UNIQUE,
  recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX duty_feed_council_seq ON duty_feed (council, seq);
