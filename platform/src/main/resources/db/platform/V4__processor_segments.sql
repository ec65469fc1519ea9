-- Event processors are pooled and segmented (AxonRuntime): every running instance says it is alive here, and each
-- claims its share of a processor's segments, so that a second instance adds throughput instead of standing by.
CREATE TABLE processor_instance (
  node_id VARCHAR(255) PRIMARY KEY,
  seen_at TIMESTAMPTZ  NOT NULL
);

-- The Kafka publisher had one segment; it now has four (earlyhelp.axon.segments.kafka-publisher). Each new segment
-- starts from the old one's position, and handles only its own families from there, so nothing is published twice
-- or skipped. Stop every instance of the old version before the new one starts: an old one still holding the single
-- segment would publish every family beside the new ones.
INSERT INTO token_entry (processor_name, segment, token, token_type, time_stamp, owner)
SELECT t.processor_name, s.segment, t.token, t.token_type, t.time_stamp, NULL
FROM token_entry t CROSS JOIN generate_series(1, 3) AS s (segment)
WHERE t.processor_name = 'kafka-publisher' AND t.segment = 0
  AND NOT EXISTS (SELECT 1 FROM token_entry o WHERE o.processor_name = t.processor_name AND o.segment <> 0);
UPDATE token_entry SET owner = NULL WHERE processor_name = 'kafka-publisher';
