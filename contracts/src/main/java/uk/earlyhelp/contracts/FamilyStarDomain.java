package uk.earlyhelp.contracts;

/** The ten domains of the Family Star Plus assessment. The codes are part of the contract. */
public enum FamilyStarDomain {
    HOME_AND_MONEY,
    KEEPING_CHILDREN_SAFE,
    BOUNDARIES_AND_BEHAVIOUR,
    FAMILY_ROUTINES,
    PHYSICAL_HEALTH,
    ADULT_WELLBEING,
    SOCIAL_NETWORKS,
    CHILDRENS_EMOTIONAL_NEEDS,
    EDUCATION_AND_LEARNING,
    PROGRESS_TO_WORK
}
