package uk.earlyhelp.contracts;

import java.util.List;

/** Kafka topic names. Every record is keyed by {@code familyId} so one family's events stay in order. */
public final class Topics {

    public static final String REFERRALS = "earlyhelp.referrals.v1";
    public static final String ELIGIBILITY = "earlyhelp.eligibility.v1";
    public static final String CASEWORK = "earlyhelp.casework.v1";
    public static final String PBR = "earlyhelp.pbr.v1";

    public static final List<String> ALL = List.of(REFERRALS, ELIGIBILITY, CASEWORK, PBR);

    private Topics() {}
}
