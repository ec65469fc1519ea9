package uk.earlyhelp.platform.personal;

/** Names shared by the personal-data endpoints of the services that hold personal data. */
public final class PersonalDataResources {

    /** The council's information governance officer (docs/domain.md, "Users and roles"; docs/personal-data.md). */
    public static final String DATA_PROTECTION = "data-protection";

    /** Set to {@code true} by a service that holds personal data: its key table and access log exist. */
    public static final String ENABLED = "earlyhelp.personal-data.enabled";

    private PersonalDataResources() {}
}
