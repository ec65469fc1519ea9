package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Keep the end of an employment spell; an end already kept (same id) is ignored. */
public record NoteEmploymentEnded(
        @TargetAggregateIdentifier String familyId, String council, String employmentId, LocalDate endedOn) {}
