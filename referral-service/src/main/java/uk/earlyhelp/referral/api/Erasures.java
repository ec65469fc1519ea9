package uk.earlyhelp.referral.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.contracts.FamilyErasedV1.ErasureTrigger;
import uk.earlyhelp.platform.personal.FamilyKeys;
import uk.earlyhelp.referral.domain.EraseFamily;
import uk.earlyhelp.referral.projection.FamilyIndex;

/**
 * Erases a family's personal data in referral-service, in one transaction: records {@code FamilyErased}
 * (published from the event store, so every other service erases too), deletes the family's key (its
 * encrypted fields in the event store become unreadable for good) and forgets its children's match keys
 * and request hashes. The read models are purged by their projections when they reach the event.
 * Erasing again changes nothing.
 */
@ApplicationScoped
public class Erasures {

    private final CommandGateway commands;
    private final FamilyKeys keys;
    private final FamilyIndex families;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;

    Erasures(
            CommandGateway commands,
            FamilyKeys keys,
            FamilyIndex families,
            IdempotencyKeys idempotencyKeys,
            Clock clock) {
        this.commands = commands;
        this.keys = keys;
        this.families = families;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

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
