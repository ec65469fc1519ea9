package uk.earlyhelp.referral.projection;

import java.util.List;

/** One page of referrals, newest first. */
public record ReferralPage(List<ReferralSummary> items, int page, int size, long total) {}
