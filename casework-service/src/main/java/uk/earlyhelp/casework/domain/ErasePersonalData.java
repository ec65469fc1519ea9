package uk.earlyhelp.casework.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Note on the family's case that referral-service erased its personal data (SPEC §8). */
public record ErasePersonalData(@TargetAggregateIdentifier String familyId, String council, Instant erasedAt) {}
