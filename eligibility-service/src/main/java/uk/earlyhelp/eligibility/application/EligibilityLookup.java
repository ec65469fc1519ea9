package uk.earlyhelp.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.earlyhelp.eligibility.projection.Decisions;
import uk.earlyhelp.eligibility.projection.FamilyAliases;
import uk.earlyhelp.eligibility.projection.FamilyEligibility;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;

/**
 * A duty officer, caseworker or manager looks up a family's eligibility: its current decision and every earlier
 * one, for their own council only. The only use case this service has; decisions themselves are made by the
 * {@code Family} aggregate as referrals arrive over Kafka.
 */
@ApplicationScoped
public class EligibilityLookup {

    @Inject
    Decisions decisions;

    @Inject
    FamilyAliases aliases;

    @Inject
    Caller caller;

    /**
     * A family merged into another is that other from then on (its own decisions stopped at the merge): the answer is
     * the family it joined, whose id the answer carries. 404 for a family with no decision yet; 403 for another
     * council's family.
     */
    public FamilyEligibility forFamily(String familyId) {
        FamilyEligibility eligibility = decisions
                .forFamily(aliases.resolve(familyId))
                .orElseThrow(() -> ProblemException.notFound("No eligibility decision for family " + familyId));
        caller.requireCouncil(eligibility.council());
        return eligibility;
    }
}
