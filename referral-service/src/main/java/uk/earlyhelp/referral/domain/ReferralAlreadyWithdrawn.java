package uk.earlyhelp.referral.domain;

/** A referral can be withdrawn once. */
public class ReferralAlreadyWithdrawn extends RuntimeException {

    public ReferralAlreadyWithdrawn(String referralId) {
        super("Referral " + referralId + " is already withdrawn");
    }
}
