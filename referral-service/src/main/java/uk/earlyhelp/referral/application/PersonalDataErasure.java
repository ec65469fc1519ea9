package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.personal.FamilyKeys;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.domain.EraseFamily;
import uk.earlyhelp.referral.domain.ErasureTrigger;

/**
 * Erases a family's personal data (docs/personal-data.md): on a data subject's request, which the
 * data-protection officer records, or at the end of its retention period ({@link RetentionJob}).
 */
@ApplicationScoped
public class PersonalDataErasure {

    @Inject
    ReferralAccess access;

    @Inject
    CommandGateway commands;

    @Inject
    FamilyKeys keys;

    @Inject
    FamilyIndex families;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    @Inject
    FamilyMerges merges;

    /** Where a family's erasure stands after a request or a confirmation. */
    public enum Status {
        PENDING_CONFIRMATION,
        ERASED
    }

    /**
     * A data subject's request, for the caller's council's family, recorded until another officer confirms it:
     * erasure cannot be undone. The reason is the officer's note of the request, kept after the erasure. Asking
     * again changes nothing; asking about an erased family answers that it is erased.
     */
    @Transactional
    public Status request(String familyId, String reason, LocalDate requestedOn, Caller caller) {
        String council = access.familyReferrals(familyId, caller).getFirst().council();
        if (keys.erased(familyId)) {
            return Status.ERASED;
        }
        jdbc.update("""
                INSERT INTO erasure_request (family_id, council, reason, requested_on, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (family_id) DO NOTHING""", familyId, council, reason, requestedOn, caller.name(), clock.instant());
        return Status.PENDING_CONFIRMATION;
    }

    /**
     * A second officer confirms the pending request, and the family is erased. The officer who asked cannot
     * confirm (403); with nothing to confirm, 409. Confirming an erased family answers that it is erased.
     */
    @Transactional
    public Status confirm(String familyId, Caller caller) {
        String council = access.familyReferrals(familyId, caller).getFirst().council();
        if (keys.erased(familyId)) {
            return Status.ERASED;
        }
        record Pending(String reason, LocalDate requestedOn, String requestedBy) {}
        Pending pending = jdbc.queryOne(
                        "SELECT reason, requested_on, requested_by FROM erasure_request WHERE family_id = ? FOR UPDATE",
                        row -> new Pending(
                                row.getString("reason"),
                                row.getObject("requested_on", LocalDate.class),
                                row.getString("requested_by")),
                        familyId)
                .orElseThrow(() -> ProblemException.conflict(
                        "No erasure of family " + familyId + " has been requested: request it first."));
        if (pending.requestedBy().equals(caller.name())) {
            throw ProblemException.forbidden(
                    "You requested this erasure; another data-protection officer must confirm it.");
        }
        erase(
                familyId,
                council,
                ErasureTrigger.REQUEST,
                pending.reason(),
                pending.requestedOn(),
                pending.requestedBy() + ", confirmed by " + caller.name());
        jdbc.update("DELETE FROM erasure_request WHERE family_id = ?", familyId);
        return Status.ERASED;
    }

    /**
     * Erases in one transaction: records {@code FamilyErased} (published from the event store, so every
     * other service erases too), deletes the family's key (its encrypted fields in the event store become
     * unreadable for good) and forgets its children's match keys and request hashes. The read models are
     * purged by their projections when they reach the event. Erasing again changes nothing. Families merged into
     * this one are erased with it: their referrals are its referrals, under their own keys.
     */
    @Transactional
    public void erase(
            String familyId,
            String council,
            ErasureTrigger trigger,
            String reason,
            LocalDate requestedOn,
            String requestedBy) {
        commands.sendAndWait(
                new EraseFamily(familyId, council, trigger, reason, requestedOn, requestedBy, clock.instant()));
        keys.erase(familyId);
        families.forget(familyId);
        idempotencyKeys.forget(familyId);
        for (String merged : merges.mergedInto(familyId)) {
            erase(merged, council, trigger, reason, requestedOn, requestedBy);
        }
    }
}
