package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

/**
 * Everything a claim for one family rests on, folded from the family's claim record's events. Immutable;
 * each fact is applied once (by its id), so applying an event again changes nothing.
 *
 * @param decisions             every eligibility decision noted, by decision id
 * @param decisionAtAttachment  the decision in force when the family was attached, as casework saw it
 * @param claimedInBatch        the submitted batch the family was claimed in, or null
 * @param retractedOutcomes     outcomes casework withdrew: no longer in {@code outcomes}, and never kept again
 */
public record FamilyFacts(
        String familyId,
        String council,
        LocalDate attachedOn,
        List<HeadlineProblem> problemsAtAttachment,
        String eligibilityDecisionId,
        Decision decisionAtAttachment,
        Map<String, Decision> decisions,
        List<Outcome> outcomes,
        Map<String, EmploymentSpell> employment,
        String claimedInBatch,
        Set<String> retractedOutcomes) {

    public FamilyFacts {
        problemsAtAttachment = problemsAtAttachment == null ? List.of() : List.copyOf(problemsAtAttachment);
        decisions = decisions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        employment = employment == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(employment));
        retractedOutcomes = retractedOutcomes == null ? Set.of() : Set.copyOf(retractedOutcomes);
    }

    public static FamilyFacts none(String familyId) {
        return new FamilyFacts(
                familyId, null, null, List.of(), null, null, Map.of(), List.of(), Map.of(), null, Set.of());
    }

    public boolean attached() {
        return attachedOn != null;
    }

    /**
     * Attached while eligible: casework's decision at attachment was {@code ELIGIBLE}, and eligibility's own
     * record of that decision, where noted here, says the same.
     */
    public boolean attachedWhileEligible() {
        if (!attached() || decisionAtAttachment != Decision.ELIGIBLE) {
            return false;
        }
        Decision noted = eligibilityDecisionId == null ? null : decisions.get(eligibilityDecisionId);
        return noted == null || noted == Decision.ELIGIBLE;
    }

    public boolean claimed() {
        return claimedInBatch != null;
    }

    /** These facts as if no claim had been made: to judge whether a claim made still rests on proof. */
    public FamilyFacts unclaimed() {
        return withClaim(null);
    }

    public boolean knowsDecision(String decisionId) {
        return decisions.containsKey(decisionId);
    }

    public boolean knowsOutcome(String outcomeId) {
        return retractedOutcomes.contains(outcomeId)
                || outcomes.stream().anyMatch(outcome -> outcome.outcomeId().equals(outcomeId));
    }

    public boolean knowsRetraction(String outcomeId) {
        return retractedOutcomes.contains(outcomeId);
    }

    public boolean knowsEmploymentStart(String employmentId) {
        EmploymentSpell spell = employment.get(employmentId);
        return spell != null && spell.startedOn() != null;
    }

    public boolean knowsEmploymentEnd(String employmentId) {
        EmploymentSpell spell = employment.get(employmentId);
        return spell != null && spell.endedOn() != null;
    }

    public FamilyFacts apply(Object event) {
        return switch (event) {
            case EligibilityNoted noted -> {
                Map<String, Decision> more = new LinkedHashMap<>(decisions);
                more.putIfAbsent(noted.decisionId(), noted.decision());
                yield withDecisions(more).withCouncil(noted.council());
            }
            case AttachmentNoted attachment ->
                attached()
                        ? this
                        : new FamilyFacts(
                                        familyId,
                                        council,
                                        attachment.attachedOn(),
                                        attachment.problemsAtAttachment(),
                                        attachment.eligibilityDecisionId(),
                                        attachment.decisionAtAttachment(),
                                        decisions,
                                        outcomes,
                                        employment,
                                        claimedInBatch,
                                        retractedOutcomes)
                                .withCouncil(attachment.council());
            case OutcomeNoted noted -> {
                if (knowsOutcome(noted.outcomeId())) {
                    yield this;
                }
                List<Outcome> more = new ArrayList<>(outcomes);
                more.add(new Outcome(
                        noted.outcomeId(),
                        noted.problem(),
                        noted.sustainedFrom(),
                        noted.sustainedTo(),
                        noted.recordedOn()));
                yield withOutcomes(more).withCouncil(noted.council());
            }
            case EmploymentStartNoted started ->
                knowsEmploymentStart(started.employmentId())
                        ? this
                        : withSpell(
                                        started.employmentId(),
                                        spell -> spell.started(
                                                started.memberIndex(), started.benefitBefore(), started.startedOn()))
                                .withCouncil(started.council());
            case EmploymentEndNoted ended ->
                knowsEmploymentEnd(ended.employmentId())
                        ? this
                        : withSpell(ended.employmentId(), spell -> spell.ended(ended.endedOn()))
                                .withCouncil(ended.council());
            case OutcomeRetractionNoted retracted -> {
                if (knowsRetraction(retracted.outcomeId())) {
                    yield this;
                }
                Set<String> more = new HashSet<>(retractedOutcomes);
                more.add(retracted.outcomeId());
                yield new FamilyFacts(
                        familyId,
                        council,
                        attachedOn,
                        problemsAtAttachment,
                        eligibilityDecisionId,
                        decisionAtAttachment,
                        decisions,
                        outcomes.stream()
                                .filter(outcome -> !outcome.outcomeId().equals(retracted.outcomeId()))
                                .toList(),
                        employment,
                        claimedInBatch,
                        more);
            }
            case FamilyClaimed claimed -> claimed() ? this : withClaim(claimed.batchId());
            default -> this;
        };
    }

    // One "with" per kind of fact, so that each case above names only what it changes.

    private FamilyFacts withCouncil(String code) {
        return council != null || code == null
                ? this
                : new FamilyFacts(
                        familyId,
                        code,
                        attachedOn,
                        problemsAtAttachment,
                        eligibilityDecisionId,
                        decisionAtAttachment,
                        decisions,
                        outcomes,
                        employment,
                        claimedInBatch,
                        retractedOutcomes);
    }

    private FamilyFacts withDecisions(Map<String, Decision> more) {
        return new FamilyFacts(
                familyId,
                council,
                attachedOn,
                problemsAtAttachment,
                eligibilityDecisionId,
                decisionAtAttachment,
                more,
                outcomes,
                employment,
                claimedInBatch,
                retractedOutcomes);
    }

    private FamilyFacts withOutcomes(List<Outcome> more) {
        return new FamilyFacts(
                familyId,
                council,
                attachedOn,
                problemsAtAttachment,
                eligibilityDecisionId,
                decisionAtAttachment,
                decisions,
                more,
                employment,
                claimedInBatch,
                retractedOutcomes);
    }

    /** The spell's start and end may arrive in either order, so either creates it. */
    private FamilyFacts withSpell(String employmentId, UnaryOperator<EmploymentSpell> change) {
        Map<String, EmploymentSpell> more = new LinkedHashMap<>(employment);
        more.put(
                employmentId,
                change.apply(
                        more.getOrDefault(employmentId, new EmploymentSpell(employmentId, null, null, null, null))));
        return new FamilyFacts(
                familyId,
                council,
                attachedOn,
                problemsAtAttachment,
                eligibilityDecisionId,
                decisionAtAttachment,
                decisions,
                outcomes,
                more,
                claimedInBatch,
                retractedOutcomes);
    }

    private FamilyFacts withClaim(String batchId) {
        return new FamilyFacts(
                familyId,
                council,
                attachedOn,
                problemsAtAttachment,
                eligibilityDecisionId,
                decisionAtAttachment,
                decisions,
                outcomes,
                employment,
                batchId,
                retractedOutcomes);
    }
}
