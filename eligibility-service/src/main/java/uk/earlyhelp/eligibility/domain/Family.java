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
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.SocialCareOutcome;

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
    private final Set<String> resolvedConcerns = new HashSet<>();
    private final Set<String> answers = new HashSet<>();
    private final Set<String> unitedFamilies = new HashSet<>();
    private String mergedInto;

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

    /**
     * Social care's step-down (or no further action) closes the safeguarding concerns raised so far: the family is
     * decided again on its problems alone, and only a concern raised after it escalates the family again. Social care
     * keeping the family changes nothing.
     */
    @CommandHandler
    void handle(AnswerEscalation command) {
        if (answers.contains(command.answerId())) {
            return;
        }
        boolean closesConcerns = command.outcome() != SocialCareOutcome.OPEN_TO_SOCIAL_CARE;
        Set<String> resolved = closesConcerns
                ? standingReferrals.values().stream()
                        .filter(ReferralEvidenceRecorded::safeguardingConcern)
                        .map(ReferralEvidenceRecorded::referralId)
                        .filter(referralId -> !resolvedConcerns.contains(referralId))
                        .collect(Collectors.toSet())
                : Set.of();
        apply(new EscalationAnswered(familyId, command.answerId(), command.outcome(), resolved));
        if (!resolved.isEmpty()) {
            decide(null, command.rule(), command.decidedAt());
        }
    }

    /** Answers the evidence still standing, for the family it was merged into. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    UniteEvidence.Handover handle(MergeFamilyAway command) {
        if (mergedInto == null) {
            apply(new FamilyMergedAway(command.familyId(), command.intoFamilyId()));
        }
        return new UniteEvidence.Handover(List.copyOf(standingReferrals.values()), Set.copyOf(resolvedConcerns));
    }

    /**
     * A merged family's evidence joins this family's: its referrals count here (their safeguarding concerns, and
     * any social care answer already given to them, with them), and the united family is decided once.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UniteEvidence command) {
        if (unitedFamilies.contains(command.mergedFamilyId())) {
            return;
        }
        for (ReferralEvidenceRecorded evidence : command.handover().evidence()) {
            if (!standingReferrals.containsKey(evidence.referralId())
                    && !withdrawnReferrals.contains(evidence.referralId())) {
                apply(new ReferralEvidenceRecorded(
                        command.familyId(),
                        command.council(),
                        evidence.referralId(),
                        evidence.problems(),
                        evidence.safeguardingConcern()));
            }
        }
        apply(new EvidenceUnited(
                command.familyId(), command.mergedFamilyId(), command.handover().resolvedConcerns()));
        decide(null, command.rule(), command.decidedAt());
    }

    private void decide(String triggeredBy, RuleVersion rule, Instant decidedAt) {
        Set<HeadlineProblem> evidenced = EnumSet.noneOf(HeadlineProblem.class);
        standingReferrals.values().forEach(referral -> evidenced.addAll(referral.problems()));
        boolean safeguarding = standingReferrals.values().stream()
                .anyMatch(referral ->
                        referral.safeguardingConcern() && !resolvedConcerns.contains(referral.referralId()));
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
    void on(FamilyMergedAway event) {
        familyId = event.familyId();
        mergedInto = event.intoFamilyId();
    }

    @EventSourcingHandler
    void on(EvidenceUnited event) {
        familyId = event.familyId();
        unitedFamilies.add(event.mergedFamilyId());
        resolvedConcerns.addAll(event.resolvedReferralIds());
    }

    @EventSourcingHandler
    void on(EscalationAnswered event) {
        answers.add(event.answerId());
        resolvedConcerns.addAll(event.resolvedReferralIds());
    }

    @EventSourcingHandler
    void on(ReferralEvidenceWithdrawn event) {
        standingReferrals.remove(event.referralId());
        withdrawnReferrals.add(event.referralId());
    }
}
