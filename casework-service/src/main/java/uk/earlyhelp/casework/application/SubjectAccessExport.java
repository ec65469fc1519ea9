package uk.earlyhelp.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.earlyhelp.casework.projection.FamilyHistory;
import uk.earlyhelp.platform.personal.AccessLog;
import uk.earlyhelp.platform.personal.PersonalDataResources;

/**
 * The data-protection officer exports everything casework holds about a family (docs/personal-data.md): its
 * case and plan history, and who read them. The export is itself logged.
 */
@ApplicationScoped
public class SubjectAccessExport {

    /** Everything casework holds about the family: its case and plan history, and who read them. */
    public record CaseworkPersonalData(
            String familyId, String council, boolean erased, FamilyHistory history, List<AccessLog.Entry> accessLog) {}

    @Inject
    HistoryReading histories;

    @Inject
    AccessLog accessLog;

    @Transactional
    public CaseworkPersonalData export(String familyId) {
        FamilyHistory history =
                histories.readLogged(familyId, PersonalDataResources.DATA_PROTECTION, "subject-access-export");
        return new CaseworkPersonalData(
                familyId, history.council(), history.personalDataErased(), history, accessLog.forFamily(familyId));
    }
}
