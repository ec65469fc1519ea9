package uk.earlyhelp.platform.personal;

/**
 * Something personal about a family whose data was erased was about to be stored. It is refused (409) rather
 * than kept without its personal fields: the person writing it must know it was not recorded.
 */
public class FamilyAlreadyErased extends RuntimeException {

    public FamilyAlreadyErased(String familyId) {
        super("The personal data of family " + familyId + " was erased: nothing personal about it can be recorded.");
    }
}
