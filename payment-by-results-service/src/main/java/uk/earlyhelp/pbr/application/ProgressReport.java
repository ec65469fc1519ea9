package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.earlyhelp.pbr.config.PaymentByResultsRules;
import uk.earlyhelp.pbr.projection.FamilyRecords;

/** A council's families attached and claimed to date against its funded maximum. */
@ApplicationScoped
public class ProgressReport {

    @Inject
    FamilyRecords families;

    @Inject
    BatchMembership membership;

    @Inject
    PaymentByResultsRules rules;

    @Inject
    Funding funding;

    public Progress of(String council) {
        return Progress.of(
                council,
                families.attachedWhileEligible(council),
                membership.claimedToDate(council),
                funding.of(council).fundedFamilies(),
                rules.attachmentFeePence());
    }
}
