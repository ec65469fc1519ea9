package uk.earlyhelp.pbr.domain.batch;

/** A change a batch's state does not allow: a submitted batch refuses every change, forever. */
public class ClaimBatchRefused extends RuntimeException {

    public ClaimBatchRefused(String message) {
        super(message);
    }
}
