package uk.earlyhelp.platform.personal;

/**
 * A family's key exists but cannot be used: its master key version is not configured, or it (or a field under
 * it) does not decrypt. This is a fault in the deployment, never an erasure, so it fails the request (503) or
 * stops the event processor until the master key is back, rather than showing or storing the family as erased.
 */
public class FamilyKeyUnavailable extends RuntimeException {

    public FamilyKeyUnavailable(String message) {
        super(message);
    }
}
