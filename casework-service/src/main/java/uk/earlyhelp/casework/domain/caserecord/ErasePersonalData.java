package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Note on the family's case that referral-service erased its personal data (docs/personal-data.md). */
public record ErasePersonalData(@TargetAggregateIdentifier String familyId, String council, Instant erasedAt) {}
