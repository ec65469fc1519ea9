package uk.earlyhelp.eligibility.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.earlyhelp.contracts.HeadlineProblem;

/**
 * A family as eligibility sees it: the problems evidenced by each of its referrals that still stands,
 * from every agency that referred it, and the decision they add up to.
 */
public class Family {

    @AggregateIdentifier
    private String familyId;

    private String council;
    private final Map<String, ReferralEvidenceRecorded> standingReferrals = new LinkedHashMap<>();
    private final Set<String> withdrawnReferrals = new HashSet<>();

    protected Family() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordReferralEvidence command) {
        if (standingReferrals.containsKey(command.referralId()) || withdrawnReferrals.contains(command.referralId())) {
            return;
        }
        apply(new ReferralEvidenceRecorded(
                command.familyId(),
                command.council(),
                command.referralId(),
                command.problems(),
                command.safeguardingConcern()));
        decide(command.referralId(), command.rule(), command.decidedAt());
    }

    @CommandHandler
    void handle(WithdrawReferralEvidence command) {
        if (!standingReferrals.containsKey(command.referralId())) {
            return;
        }
        apply(new ReferralEvidenceWithdrawn(familyId, command.referralId()));
        decide(command.referralId(), command.rule(), command.decidedAt());
    }

    private void decide(String triggeredBy, RuleVersion rule, Instant decidedAt) {
        Set<HeadlineProblem> evidenced = EnumSet.noneOf(HeadlineProblem.class);
        standingReferrals.values().forEach(referral -> evidenced.addAll(referral.problems()));
        boolean safeguarding =
                standingReferrals.values().stream().anyMatch(ReferralEvidenceRecorded::safeguardingConcern);
        var ruling = TwoOfSixHeadlineProblems.decide(rule, evidenced, safeguarding);
        List<String> evidencing = standingReferrals.values().stream()
                .filter(referral -> referral.problems().stream().anyMatch(ruling.problemsCounted()::contains))
                .map(ReferralEvidenceRecorded::referralId)
                .toList();
        apply(new EligibilityDecided(
                UUID.randomUUID().toString(),
                familyId,
                council,
                ruling.decision(),
                ruling.problemsCounted(),
                ruling.problemsStillNeeded(),
                rule.id(),
                ruling.reason(),
                evidencing,
                triggeredBy,
                decidedAt));
    }

    @EventSourcingHandler
    void on(ReferralEvidenceRecorded event) {
        familyId = event.familyId();
        council = event.council();
        standingReferrals.put(event.referralId(), event);
    }

    @EventSourcingHandler
    void on(ReferralEvidenceWithdrawn event) {
        standingReferrals.remove(event.referralId());
        withdrawnReferrals.add(event.referralId());
    }
}
