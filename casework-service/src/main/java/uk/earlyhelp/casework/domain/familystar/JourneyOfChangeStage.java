package uk.earlyhelp.casework.domain.familystar;

/** The five Journey of Change stages a Family Star Plus reading (1-10) falls in. */
public enum JourneyOfChangeStage {
    STUCK,
    ACCEPTING_HELP,
    TRYING,
    FINDING_WHAT_WORKS,
    EFFECTIVE_PARENTING;

    public static final int LOWEST_READING = 1;
    public static final int HIGHEST_READING = 10;

    /** Stuck 1-2, accepting help 3-4, trying 5-6, finding what works 7-8, effective parenting 9-10. */
    public static JourneyOfChangeStage of(int reading) {
        if (reading < LOWEST_READING || reading > HIGHEST_READING) {
            throw new IllegalArgumentException("A Family Star Plus reading is 1 to 10, not " + reading);
        }
        return values()[(reading - 1) / 2];
    }
}
