package uk.earlyhelp.referral.domain;

import java.util.List;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.PersonalData;

/** One problem the referring agency sees, the household members it concerns, and its evidence (narrative, personal). */
public record PresentingIssue(
        HeadlineProblem problem,
        @PersonalData String indicator,
        List<Integer> memberIndexes,
        @PersonalData String evidence) {

    public PresentingIssue {
        memberIndexes = List.copyOf(memberIndexes);
    }
}
