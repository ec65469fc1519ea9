package uk.earlyhelp.referral.domain;

import java.time.LocalDate;
import uk.earlyhelp.contracts.PersonalData;

/** Whether the family agreed to the referral, when, and who recorded it. */
public record Consent(
        boolean given, LocalDate date, @PersonalData String recordedBy) {}
