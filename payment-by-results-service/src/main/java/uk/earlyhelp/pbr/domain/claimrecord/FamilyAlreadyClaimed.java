package uk.earlyhelp.pbr.domain.claimrecord;

/** A family is claimed at most once, ever: a second claim is refused. */
public class FamilyAlreadyClaimed extends RuntimeException {

    public FamilyAlreadyClaimed(String familyId, String batchId) {
        super("Family " + familyId + " was already claimed in batch " + batchId);
    }
}
