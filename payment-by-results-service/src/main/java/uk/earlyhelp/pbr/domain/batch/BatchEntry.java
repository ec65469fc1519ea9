package uk.earlyhelp.pbr.domain.batch;

import java.time.LocalDate;
import java.util.List;
import uk.earlyhelp.contracts.ClaimRoute;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;
import uk.earlyhelp.pbr.domain.rules.Proof;
import uk.earlyhelp.pbr.domain.rules.ProvingPeriod;

/**
 * One family in a claim batch: its route, problems at attachment, the dates that prove it (with casework's ids of
 * the outcomes or employment spell), the version of the claim rules it was judged under, and the amount.
 */
public record BatchEntry(
        String familyId,
        LocalDate attachedOn,
        List<HeadlineProblem> problemsAtAttachment,
        ClaimRoute route,
        LocalDate qualifiedOn,
        List<ProvingPeriod> proof,
        long amountPence,
        String ruleVersion) {

    public BatchEntry {
        problemsAtAttachment = List.copyOf(problemsAtAttachment);
        proof = List.copyOf(proof);
    }

    public static BatchEntry of(FamilyFacts facts, Proof proof, String ruleVersion, long amountPence) {
        return new BatchEntry(
                facts.familyId(),
                facts.attachedOn(),
                facts.problemsAtAttachment(),
                proof.route(),
                proof.qualifiedOn(),
                proof.periods(),
                amountPence,
                ruleVersion);
    }
}
