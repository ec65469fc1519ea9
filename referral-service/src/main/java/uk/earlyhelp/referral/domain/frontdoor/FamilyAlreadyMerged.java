package uk.earlyhelp.referral.domain.frontdoor;

/** The family was merged into another already: it is that family now. */
public class FamilyAlreadyMerged extends RuntimeException {

    public FamilyAlreadyMerged(String intoFamilyId) {
        super("This family was already merged into " + intoFamilyId + ".");
    }
}
