package uk.earlyhelp.pbr.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.pbr.domain.claimrecord.NoteEligibilityDecision;
import uk.earlyhelp.platform.messaging.Inbox;

/** Keeps each family's eligibility on its claim record, once per {@code ce_id}. */
@ApplicationScoped
public class EligibilityEventsConsumer {

    static final String CHANNEL = "eligibility";

    @Inject
    Inbox inbox;

    @Inject
    CommandGateway commands;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.receiveBatch(CHANNEL, records, event -> {
            if (event instanceof EligibilityDecidedV1 decided) {
                commands.sendAndWait(new NoteEligibilityDecision(
                        decided.familyId(),
                        decided.council(),
                        decided.decisionId(),
                        decided.decision(),
                        decided.problemsCounted(),
                        decided.decidedAt()));
            }
        });
    }
}
