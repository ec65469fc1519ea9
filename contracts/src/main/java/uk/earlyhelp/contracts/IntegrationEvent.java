package uk.earlyhelp.contracts;

/**
 * An event published on Kafka. Carries ids, codes and dates only: never a name, a date of birth, an
 * address or narrative text. Records change only compatibly; an incompatible change is a new {@code V2} type.
 */
public sealed interface IntegrationEvent permits FamilyEvent, ClaimBatchSubmittedV1 {

    /** The Kafka record key. */
    String partitionKey();

    /** ONS code of the council the record belongs to, e.g. {@code E10000018}. */
    String council();
}
