package uk.earlyhelp.pbr.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;

/**
 * A family's claim facts folded straight from its claim record's events: exactly what is stored, with no
 * projection lag, for a decision that must not act on stale facts (a retraction's effect on a batch).
 */
@ApplicationScoped
public class ClaimRecords {

    @Inject
    EventStore eventStore;

    public FamilyFacts facts(String familyId) {
        return eventStore
                .readEvents(familyId)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(Object.class::cast)
                .reduce(FamilyFacts.none(familyId), FamilyFacts::apply, (first, second) -> second);
    }
}
