package uk.earlyhelp.eligibility.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A family merged into this one brings its standing evidence: counted here, and decided once under {@code rule}. */
public record UniteEvidence(
        @TargetAggregateIdentifier String familyId,
        String council,
        String mergedFamilyId,
        Handover handover,
        RuleVersion rule,
        Instant decidedAt) {

    /** What a merged family hands over: its standing referrals and which of their concerns social care answered. */
    public record Handover(List<ReferralEvidenceRecorded> evidence, Set<String> resolvedConcerns) {

        public Handover {
            evidence = List.copyOf(evidence);
            resolvedConcerns = Set.copyOf(resolvedConcerns);
        }
    }
}
