package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import uk.earlyhelp.pbr.config.PaymentByResultsRules;
import uk.earlyhelp.pbr.projection.FamilyRecords;

/** A council's families attached and claimed to date against its funded maximum. */
@ApplicationScoped
public class ProgressReport {

    private final FamilyRecords families;
    private final BatchMembership membership;
    private final PaymentByResultsRules rules;

    ProgressReport(FamilyRecords families, BatchMembership membership, PaymentByResultsRules rules) {
        this.families = families;
        this.membership = membership;
        this.rules = rules;
    }

    public Progress of(String council) {
        return Progress.of(
                council,
                families.attachedWhileEligible(council),
                membership.claimedToDate(council),
                rules.fundedMaximumOf(council),
                rules.attachmentFeePence());
    }
}
