package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An employment spell ended: continuous employment is broken on that date. */
@Revision("1")
public record EmploymentEndNoted(String familyId, String council, String employmentId, LocalDate endedOn) {}
