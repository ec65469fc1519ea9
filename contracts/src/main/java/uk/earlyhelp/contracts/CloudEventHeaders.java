package uk.earlyhelp.contracts;

/**
 * Kafka header names carried by every record (CloudEvents Kafka binding, binary mode), plus the council
 * code so a consumer can route or refuse a record without parsing its body.
 */
public final class CloudEventHeaders {

    /** The event's id; consumers de-duplicate on it. */
    public static final String ID = "ce_id";

    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String COUNCIL = "council";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}
}
