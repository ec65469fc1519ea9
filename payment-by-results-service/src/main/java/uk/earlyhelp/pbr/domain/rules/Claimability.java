package uk.earlyhelp.pbr.domain.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;

/**
 * Whether a family's result payment can be claimed as of a date, and by which route. Never for a family
 * not attached by then, attached while not eligible, or already claimed (at most one claim, ever). When
 * both routes are met, the one met first is claimed; on the same day, significant and sustained progress.
 */
public final class Claimability {

    private Claimability() {}

    public enum NotClaimable {
        NOT_ATTACHED,
        ATTACHED_WHILE_NOT_ELIGIBLE,
        ALREADY_CLAIMED,
        NO_ROUTE_MET
    }

    /** Either a proof or the reason there is none. */
    public record Assessment(Proof proof, NotClaimable reason) {

        public boolean claimable() {
            return proof != null;
        }
    }

    /** Judged under the rules in force on the family's attachment date. */
    public static Assessment assess(FamilyFacts facts, ClaimRuleBook rules, LocalDate asOf) {
        return assess(facts, rules.inForceOn(facts.attachedOn()).rules(), asOf);
    }

    public static Assessment assess(FamilyFacts facts, ClaimRules rules, LocalDate asOf) {
        if (!facts.attached() || facts.attachedOn().isAfter(asOf)) {
            return new Assessment(null, NotClaimable.NOT_ATTACHED);
        }
        if (!facts.attachedWhileEligible()) {
            return new Assessment(null, NotClaimable.ATTACHED_WHILE_NOT_ELIGIBLE);
        }
        if (facts.claimed()) {
            return new Assessment(null, NotClaimable.ALREADY_CLAIMED);
        }
        Optional<Proof> first = Stream.of(
                        SignificantAndSustainedProgress.assess(facts, rules, asOf),
                        ContinuousEmployment.assess(facts, rules, asOf))
                .flatMap(Optional::stream)
                .min(Comparator.comparing(Proof::qualifiedOn));
        return first.map(proof -> new Assessment(proof, null))
                .orElseGet(() -> new Assessment(null, NotClaimable.NO_ROUTE_MET));
    }
}
