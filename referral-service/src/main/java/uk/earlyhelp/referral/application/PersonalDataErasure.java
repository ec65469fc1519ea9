package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

    private final ReferralAccess access;
    private final CommandGateway commands;
    private final FamilyKeys keys;
    private final FamilyIndex families;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;

    PersonalDataErasure(
            ReferralAccess access,
            CommandGateway commands,
            FamilyKeys keys,
            FamilyIndex families,
            IdempotencyKeys idempotencyKeys,
            Clock clock) {
        this.access = access;
        this.commands = commands;
        this.keys = keys;
        this.families = families;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

    /**
     * A data subject's request, for the caller's council's family. The reason is the officer's note of the
     * request, kept after the erasure. Asking twice is harmless: the family is erased once.
     */
    @Transactional
    public void request(String familyId, String reason, LocalDate requestedOn, Caller caller) {
        String council = access.familyReferrals(familyId, caller).getFirst().council();
        erase(familyId, council, ErasureTrigger.REQUEST, reason, requestedOn, caller.name());
    }

    /**
     * Erases in one transaction: records {@code FamilyErased} (published from the event store, so every
     * other service erases too), deletes the family's key (its encrypted fields in the event store become
     * unreadable for good) and forgets its children's match keys and request hashes. The read models are
     * purged by their projections when they reach the event. Erasing again changes nothing.
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
    }
}
