package uk.earlyhelp.contracts;

/**
 * An event published on Kafka. Carries ids, codes and dates only: never a name, a date of birth, an
 * address or narrative text. Records change only compatibly; an incompatible change is a new {@code V2} type.
 */
public sealed interface IntegrationEvent permits ReferralReceivedV1, ReferralWithdrawnV1, EligibilityDecidedV1 {

    /** The Kafka record key: a family's events share one partition and stay in order. */
    String familyId();

    /** ONS code of the council the family belongs to, e.g. {@code E10000018}. */
    String council();
}
