package uk.earlyhelp.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A partner agency's referral was accepted. Names, dates of birth, the address and the summary stay in
 * referral-service; members appear here only by role and age in whole years.
 */
public record ReferralReceivedV1(
        String referralId,
        String familyId,
        String council,
        String agency,
        Instant receivedAt,
        List<HeadlineProblem> problems,
        List<Member> members,
        boolean safeguardingConcern,
        boolean reReferral)
        implements FamilyEvent {

    public ReferralReceivedV1 {
        problems = List.copyOf(problems);
        members = List.copyOf(members);
    }

    public record Member(MemberRole role, int ageInYears) {}
}
