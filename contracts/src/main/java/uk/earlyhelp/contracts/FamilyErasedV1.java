package uk.earlyhelp.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A family's personal data was erased (docs/personal-data.md), on request or at the end of its retention period. Every
 * service that holds personal data deletes the family's key and purges its read models; ids, problem codes,
 * dates, decisions, outcomes and claims remain. The request's wording stays in referral-service.
 */
public record FamilyErasedV1(
        String familyId, String council, ErasureTrigger trigger, LocalDate requestedOn, Instant erasedAt)
        implements FamilyEvent {

    /** Why the family was erased: a data subject's request, or the council's retention schedule. */
    public enum ErasureTrigger {
        REQUEST,
        RETENTION
    }
}
