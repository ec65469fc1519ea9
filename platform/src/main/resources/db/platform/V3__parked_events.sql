-- Events a service could not handle, parked with their error so that everything else goes on (Axon's JDBC
-- sequenced dead-letter queue, with snake_case names): stored events that a processor failed on (processing
-- group = the processor), and Kafka records that a consumer could not handle (processing group "kafka:<consumer>").
-- A family's later events wait here behind its parked one (sequence = the family) until an operator retries.
CREATE TABLE dead_letter_entry (
  dead_letter_id       VARCHAR(255)  PRIMARY KEY,
  processing_group     VARCHAR(255)  NOT NULL,
  sequence_identifier  VARCHAR(255)  NOT NULL,
  sequence_index       BIGINT        NOT NULL,
  message_type         VARCHAR(255)  NOT NULL,
  event_identifier     VARCHAR(255)  NOT NULL,
  time_stamp           VARCHAR(255)  NOT NULL,
  payload_type         VARCHAR(255)  NOT NULL,
  payload_revision     VARCHAR(255),
  payload              BYTEA         NOT NULL,
  meta_data            BYTEA,
  aggregate_type       VARCHAR(255),
  aggregate_identifier VARCHAR(255),
  sequence_number      BIGINT,
  token_type           VARCHAR(255),
  token                BYTEA,
  enqueued_at          VARCHAR(255)  NOT NULL,
  last_touched         VARCHAR(255),
  processing_started   VARCHAR(255),
  cause_type           VARCHAR(255),
  cause_message        VARCHAR(1023),
  diagnostics          BYTEA,
  UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_group ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_sequence ON dead_letter_entry (processing_group, sequence_identifier);
