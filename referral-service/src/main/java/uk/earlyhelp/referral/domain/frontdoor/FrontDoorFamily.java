package uk.earlyhelp.referral.domain.frontdoor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.earlyhelp.referral.domain.ReferralRules.Breach;

/**
 * What First Response decided for one family: its triages, social care's answers to its escalations, and its merge
 * into another family, keyed by the family. Which family a council may triage, and whether it is with social care, is checked before a command
 * reaches it (application.FrontDoor).
 */
public class FrontDoorFamily {

    @AggregateIdentifier
    private String familyId;

    private String mergedInto;

    protected FrontDoorFamily() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(TriageFamily command) {
        refuse(FrontDoorRules.triageBreaches(
                command.outcome(), command.team(), command.signpostedTo(), command.reason()));
        apply(new FamilyTriaged(
                command.triageId(),
                command.familyId(),
                command.council(),
                command.outcome(),
                command.team(),
                command.signpostedTo(),
                command.reason(),
                command.triagedBy(),
                command.triagedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSocialCareOutcome command) {
        refuse(FrontDoorRules.socialCareBreaches(
                command.outcome(), command.decidedOn(), command.reason(), command.today()));
        apply(new SocialCareOutcomeRecorded(
                command.outcomeId(),
                command.familyId(),
                command.council(),
                command.outcome(),
                command.decidedOn(),
                command.reason(),
                command.recordedBy(),
                command.recordedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MergeFamilies command) {
        if (mergedInto != null) {
            throw new FamilyAlreadyMerged(mergedInto);
        }
        apply(new FamiliesMerged(
                command.familyId(),
                command.intoFamilyId(),
                command.council(),
                command.reason(),
                command.mergedBy(),
                command.mergedAt()));
    }

    private static void refuse(List<Breach> breaches) {
        if (!breaches.isEmpty()) {
            throw new FrontDoorRefusal(breaches);
        }
    }

    @EventSourcingHandler
    void on(FamilyTriaged event) {
        familyId = event.familyId();
    }

    @EventSourcingHandler
    void on(FamiliesMerged event) {
        familyId = event.familyId();
        mergedInto = event.intoFamilyId();
    }

    @EventSourcingHandler
    void on(SocialCareOutcomeRecorded event) {
        familyId = event.familyId();
    }
}
