-- What operators did to a running service (key rotation, projection rebuilds, parked-event retries): who, when,
-- what and the outcome. Operators see no personal data, so neither does this table.
CREATE TABLE operator_audit (
  id      BIGSERIAL    PRIMARY KEY,
  actor   VARCHAR(255) NOT NULL,
  action  VARCHAR(100) NOT NULL,
  detail  VARCHAR(2000) NOT NULL,
  done_at TIMESTAMPTZ  NOT NULL
);
