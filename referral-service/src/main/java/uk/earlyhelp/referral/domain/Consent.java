package uk.earlyhelp.referral.domain;

import java.time.LocalDate;

/** Whether the family agreed to the referral, when, and who recorded it. */
public record Consent(boolean given, LocalDate date, String recordedBy) {}
