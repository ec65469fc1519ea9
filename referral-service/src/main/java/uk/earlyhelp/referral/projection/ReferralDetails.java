package uk.earlyhelp.referral.projection;

import java.util.List;
import uk.earlyhelp.contracts.PersonalData;
import uk.earlyhelp.referral.domain.Consent;
import uk.earlyhelp.referral.domain.Household;
import uk.earlyhelp.referral.domain.PresentingIssue;

/** The personal part of a referral, shown to the referring partner and the duty officer; every read is logged. */
public record ReferralDetails(
        Household household,
        Consent consent,
        List<PresentingIssue> issues,
        @PersonalData String summary) {}
