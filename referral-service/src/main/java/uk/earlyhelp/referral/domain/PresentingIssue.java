package uk.earlyhelp.referral.domain;

import java.util.List;
import uk.earlyhelp.contracts.HeadlineProblem;

/** One problem the referring agency sees, the household members it concerns, and its evidence. */
public record PresentingIssue(HeadlineProblem problem, String indicator, List<Integer> memberIndexes, String evidence) {

    public PresentingIssue {
        memberIndexes = List.copyOf(memberIndexes);
    }
}
