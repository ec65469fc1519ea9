package uk.earlyhelp.pbr.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.earlyhelp.contracts.EmploymentEndedV1;
import uk.earlyhelp.contracts.EmploymentStartedV1;
import uk.earlyhelp.contracts.FamilyAttachedV1;
import uk.earlyhelp.contracts.OutcomeRecordedV1;
import uk.earlyhelp.contracts.OutcomeRetractedV1;
import uk.earlyhelp.pbr.domain.claimrecord.NoteAttachment;
import uk.earlyhelp.pbr.domain.claimrecord.NoteEmploymentEnded;
import uk.earlyhelp.pbr.domain.claimrecord.NoteEmploymentStarted;
import uk.earlyhelp.pbr.domain.claimrecord.NoteOutcome;
import uk.earlyhelp.pbr.domain.claimrecord.NoteOutcomeRetraction;
import uk.earlyhelp.platform.messaging.Inbox;

/** Keeps what a claim needs from casework (attachment, outcomes, employment) on each family's claim record. */
@ApplicationScoped
public class CaseworkEventsConsumer {

    static final String CHANNEL = "casework";

    @Inject
    Inbox inbox;

    @Inject
    CommandGateway commands;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.receiveBatch(CHANNEL, records, event -> {
            switch (event) {
                case FamilyAttachedV1 attached ->
                    commands.sendAndWait(new NoteAttachment(
                            attached.familyId(),
                            attached.council(),
                            attached.attachedOn(),
                            attached.problemsAtAttachment(),
                            attached.eligibilityDecisionId(),
                            attached.decisionAtAttachment()));
                case OutcomeRecordedV1 outcome ->
                    commands.sendAndWait(new NoteOutcome(
                            outcome.familyId(),
                            outcome.council(),
                            outcome.outcomeId(),
                            outcome.problem(),
                            outcome.sustainedFrom(),
                            outcome.sustainedTo(),
                            outcome.recordedOn()));
                case OutcomeRetractedV1 retracted ->
                    commands.sendAndWait(new NoteOutcomeRetraction(
                            retracted.familyId(), retracted.council(), retracted.outcomeId(), retracted.reason()));
                case EmploymentStartedV1 started ->
                    commands.sendAndWait(new NoteEmploymentStarted(
                            started.familyId(),
                            started.council(),
                            started.employmentId(),
                            started.memberIndex(),
                            started.benefitBefore(),
                            started.startedOn()));
                case EmploymentEndedV1 ended ->
                    commands.sendAndWait(new NoteEmploymentEnded(
                            ended.familyId(), ended.council(), ended.employmentId(), ended.endedOn()));
                default -> {
                    // Assessments, plans, reviews, step-up/down, closure and reopening do not bear on a claim.
                }
            }
        });
    }
}
