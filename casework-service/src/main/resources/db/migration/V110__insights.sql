-- The outcomes dashboard of issue 11 (SPEC §13). Every table here is a read model of the insights
-- processor: its reset truncates them all and the replay of the event store fills them again.
CREATE TABLE insight_case (
  family_id         VARCHAR(36)  PRIMARY KEY,
  council           VARCHAR(20)  NOT NULL,
  lead_practitioner VARCHAR(100),
  attached_on       DATE,
  closed_on         DATE
);

CREATE INDEX insight_case_by_council ON insight_case (council, attached_on, lead_practitioner);

-- Referrals, closures and step-ups, one row per event, keyed by the event's sequence in its case.
CREATE TABLE insight_event (
  family_id VARCHAR(36) NOT NULL,
  sequence  BIGINT      NOT NULL,
  kind      VARCHAR(20) NOT NULL,
  on_date   DATE        NOT NULL,
  PRIMARY KEY (family_id, sequence)
);

CREATE TABLE insight_reading (
  family_id   VARCHAR(36) NOT NULL,
  sequence    BIGINT      NOT NULL,
  assessed_on DATE        NOT NULL,
  domain      VARCHAR(40) NOT NULL,
  reading     INTEGER     NOT NULL,
  PRIMARY KEY (family_id, sequence, domain)
);
