package uk.earlyhelp.contracts;

import java.util.Arrays;
import java.util.Optional;

/** Each integration event's CloudEvents type ({@code ce_type}), its record class and its topic. */
public enum EventType {
    REFERRAL_RECEIVED("uk.earlyhelp.referral.received.v1", ReferralReceivedV1.class, Topics.REFERRALS),
    REFERRAL_WITHDRAWN("uk.earlyhelp.referral.withdrawn.v1", ReferralWithdrawnV1.class, Topics.REFERRALS),
    ELIGIBILITY_DECIDED("uk.earlyhelp.eligibility.decided.v1", EligibilityDecidedV1.class, Topics.ELIGIBILITY);

    private final String ceType;
    private final Class<? extends IntegrationEvent> eventClass;
    private final String topic;

    EventType(String ceType, Class<? extends IntegrationEvent> eventClass, String topic) {
        this.ceType = ceType;
        this.eventClass = eventClass;
        this.topic = topic;
    }

    public String ceType() {
        return ceType;
    }

    public Class<? extends IntegrationEvent> eventClass() {
        return eventClass;
    }

    public String topic() {
        return topic;
    }

    public static EventType of(IntegrationEvent event) {
        return Arrays.stream(values())
                .filter(type -> type.eventClass == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + event.getClass()));
    }

    /** Empty for a type this version of the contracts does not know: consumers skip it rather than fail. */
    public static Optional<EventType> ofCeType(String ceType) {
        return Arrays.stream(values())
                .filter(type -> type.ceType.equals(ceType))
                .findFirst();
    }
}
