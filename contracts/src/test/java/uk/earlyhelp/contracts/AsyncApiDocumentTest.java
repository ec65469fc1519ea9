package uk.earlyhelp.contracts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document must describe every topic, every event type and every field the records carry. */
class AsyncApiDocumentTest {

    @Test
    void documentsEveryTopicTypeAndField() throws IOException {
        String document;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi.yaml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String topic : Topics.ALL) {
            assertTrue(document.contains("address: " + topic), topic);
        }
        for (EventType type : EventType.values()) {
            assertTrue(document.contains("name: " + type.ceType()), type.ceType());
            for (RecordComponent field : type.eventClass().getRecordComponents()) {
                assertTrue(document.contains(field.getName() + ":"), type.ceType() + " field " + field.getName());
            }
        }
    }
}
