package uk.earlyhelp.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.earlyhelp.casework.projection.FamilyHistory;
import uk.earlyhelp.casework.projection.Histories;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.personal.AccessLog;
import uk.earlyhelp.platform.security.Caller;

/**
 * A caseworker, duty officer or manager reads a family's plan history. It holds the family's goals and evidence in
 * the practitioners' words, so every read is written to the access log (docs/personal-data.md) in the same
 * transaction.
 */
@ApplicationScoped
public class HistoryReading {

    private static final List<String> READERS = List.of("caseworker", "duty-officer", "manager");

    @Inject
    Histories histories;

    @Inject
    AccessLog accessLog;

    @Inject
    Caller caller;

    @Transactional
    public FamilyHistory read(String familyId) {
        String role = READERS.stream().filter(caller::hasRole).findFirst().orElseThrow();
        return readLogged(familyId, role, "history");
    }

    /** The history of the caller's council's family (404, 403 otherwise), its read logged as {@code what}. */
    FamilyHistory readLogged(String familyId, String role, String what) {
        FamilyHistory history = histories
                .forFamily(familyId)
                .orElseThrow(() -> ProblemException.notFound("No case for family " + familyId));
        caller.requireCouncil(history.council());
        accessLog.read(caller.name(), role, history.council(), familyId, what, null);
        return history;
    }
}
