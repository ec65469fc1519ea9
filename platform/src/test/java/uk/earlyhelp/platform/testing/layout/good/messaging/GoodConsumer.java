package uk.earlyhelp.platform.testing.layout.good.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import uk.earlyhelp.platform.testing.layout.good.domain.GoodRule;

/** Fixture: a consumer that applies a domain rule to a record. */
public class GoodConsumer {
    public String handle(ConsumerRecord<String, String> record) {
        return GoodRule.apply(record.value());
    }
}
