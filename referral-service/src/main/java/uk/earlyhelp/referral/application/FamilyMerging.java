package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.domain.frontdoor.FamilyAlreadyMerged;
import uk.earlyhelp.referral.domain.frontdoor.MergeFamilies;
import uk.earlyhelp.referral.projection.FamilyActivity;

/**
 * A duty officer finds two families are one (docs/domain.md, "Front door"): the first family's referrals move into
 * the second, its children and identifiers join the second from now on, and a listed pair is closed; or finds a
 * listed pair are two families and dismisses it. All in one transaction.
 */
@ApplicationScoped
public class FamilyMerging {

    public record Merged(String familyId, String intoFamilyId) {}

    @Inject
    CommandGateway commands;

    @Inject
    FrontDoor frontDoor;

    @Inject
    FamilyActivity families;

    @Inject
    FamilyIndex index;

    @Inject
    FamilyMerges merges;

    @Inject
    PossibleDuplicates duplicates;

    @Inject
    Clock clock;

    @Transactional
    public Merged merge(String familyId, String intoFamilyId, String reason, Caller caller) {
        frontDoor.requireOwnFamily(familyId, caller);
        String council = caller.council();
        if (intoFamilyId.equals(familyId)) {
            throw refused(422, "into", "A family cannot be merged into itself: give the other family's id.");
        }
        if (!families.councilOf(intoFamilyId).map(council::equals).orElse(false)) {
            throw refused(422, "into", "No family " + intoFamilyId + " has been referred to your council.");
        }
        var intoMergedAway = merges.intoOf(intoFamilyId);
        if (intoMergedAway.isPresent()) {
            throw refused(
                    422,
                    "into",
                    "Family " + intoFamilyId + " was merged into " + intoMergedAway.get() + ": merge into that one.");
        }
        Instant now = clock.instant();
        try {
            commands.sendAndWait(new MergeFamilies(familyId, intoFamilyId, council, reason, caller.name(), now));
        } catch (FamilyAlreadyMerged e) {
            throw ProblemException.conflict(e.getMessage());
        }
        merges.merged(familyId, intoFamilyId, council, now);
        index.merge(familyId, intoFamilyId);
        duplicates.merged(familyId, intoFamilyId, caller.name(), now);
        return new Merged(familyId, intoFamilyId);
    }

    @Transactional
    public PossibleDuplicates.PossibleDuplicate dismiss(String id, String reason, Caller caller) {
        var pair = duplicates
                .of(id, caller.council())
                .orElseThrow(() -> refused(404, "id", "No possible duplicate " + id + " in your council."));
        if (!duplicates.resolve(id, "DISMISSED", caller.name(), reason, clock.instant())) {
            throw ProblemException.conflict(
                    "This possible duplicate was already " + pair.state().toLowerCase() + ": it is no longer listed.");
        }
        return duplicates.of(id, caller.council()).orElseThrow();
    }

    private static ProblemException refused(int status, String field, String detail) {
        return new ProblemException(
                status,
                status == 404 ? "Not Found" : "Unprocessable Content",
                detail,
                List.of(new Problem.FieldError(field, detail)));
    }
}
