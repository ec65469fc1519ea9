package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.personal.FamilyKeys;
import uk.earlyhelp.platform.time.England;
import uk.earlyhelp.referral.domain.Consent;
import uk.earlyhelp.referral.domain.Household;
import uk.earlyhelp.referral.domain.Identifiers;
import uk.earlyhelp.referral.domain.MatchKey;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.domain.ReReferral;
import uk.earlyhelp.referral.domain.ReceiveReferral;
import uk.earlyhelp.referral.domain.ReferralRules;
import uk.earlyhelp.referral.projection.CaseStatuses;
import uk.earlyhelp.referral.projection.FamilyActivity;

/**
 * A partner agency refers a family (docs/domain.md, "Referral intake"): checks the intake rules, answers a
 * retried request with its first answer, matches the referral to a family, flags a re-referral and stores
 * it; its event is published from the event store. Everything happens in one transaction, so a refused
 * request leaves no trace, and two concurrent requests agree on one key's answer and on one family.
 */
@ApplicationScoped
public class ReferralIntake {

    /** The referral as the agency describes the family, in the domain's terms. */
    public record Submission(
            String agencyReference,
            Household household,
            Consent consent,
            List<PresentingIssue> issues,
            boolean safeguardingConcern,
            String summary) {}

    /**
     * The agency's {@code Idempotency-Key} and a hash of the body it came with: the same key with another
     * body is a conflict.
     */
    public record Idempotency(String key, String requestHash) {}

    /** The referral made (or, for a retry, made first) and the family it joined. */
    public record Accepted(String referralId, String familyId) {}

    @Inject
    CommandGateway commands;

    @Inject
    FamilyIndex families;

    @Inject
    PossibleDuplicates duplicates;

    @Inject
    CaseStatuses caseStatuses;

    @Inject
    FamilyActivity activity;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    FamilyKeys familyKeys;

    @Inject
    Clock clock;

    @Transactional
    public Accepted receive(String council, String agency, Submission referral, Optional<Idempotency> idempotency) {
        Instant now = clock.instant();
        refuseBreaches(referral, now);
        if (idempotency.isPresent()) {
            var first = idempotencyKeys.claim(
                    council, agency, idempotency.get().key(), idempotency.get().requestHash());
            if (first.isPresent()) {
                if (!first.get().requestHash().equals(idempotency.get().requestHash())) {
                    throw ProblemException.conflict("This Idempotency-Key was used with a different request body.");
                }
                return new Accepted(first.get().referralId(), first.get().familyId());
            }
        }
        String referralId = UUID.randomUUID().toString();
        List<MatchKey> children = children(referral.household());
        String newFamilyId = UUID.randomUUID().toString();
        String familyId = families.familyFor(council, identifiers(referral.household()), children, newFamilyId);
        boolean newFamily = familyId.equals(newFamilyId);
        duplicates.found(council, familyId, families.nearMatches(council, children, familyId), now);
        // A family met for the first time has no key and no case yet: no statements spent looking for them.
        if (newFamily) {
            familyKeys.forNewFamily(familyId);
        }
        ReReferral.CaseStatus caseStatus = newFamily ? ReReferral.CaseStatus.NEVER_CLOSED : caseStatuses.of(familyId);
        boolean reReferral = ReReferral.applies(caseStatus, England.dateOf(now));
        commands.sendAndWait(new ReceiveReferral(
                referralId,
                familyId,
                council,
                agency,
                referral.agencyReference(),
                referral.household(),
                referral.consent(),
                referral.issues(),
                referral.safeguardingConcern(),
                reReferral,
                referral.summary(),
                now));
        idempotency.ifPresent(first -> idempotencyKeys.answered(council, agency, first.key(), referralId, familyId));
        activity.active(familyId, council, England.dateOf(now), Optional.empty());
        return new Accepted(referralId, familyId);
    }

    private static void refuseBreaches(Submission referral, Instant now) {
        List<Problem.FieldError> breaches = ReferralRules.breaches(
                        referral.household(),
                        referral.consent(),
                        referral.issues(),
                        referral.safeguardingConcern(),
                        England.dateOf(now))
                .stream()
                .map(breach -> new Problem.FieldError(breach.field(), breach.message()))
                .toList();
        if (!breaches.isEmpty()) {
            throw new ProblemException(422, "Unprocessable Content", "The referral breaks intake rules.", breaches);
        }
    }

    /** The members' valid national identifiers (the intake rules refuse invalid ones before this). */
    private static List<FamilyIndex.IdentifierKey> identifiers(Household household) {
        List<FamilyIndex.IdentifierKey> identifiers = new java.util.ArrayList<>();
        for (Household.Member member : household.members()) {
            Identifiers.nhsNumber(member.nhsNumber())
                    .ifPresent(nhs -> identifiers.add(new FamilyIndex.IdentifierKey("NHS", nhs)));
            Identifiers.upn(member.upn()).ifPresent(upn -> identifiers.add(new FamilyIndex.IdentifierKey("UPN", upn)));
        }
        return identifiers;
    }

    /** The household's children as the family index knows them. */
    private static List<MatchKey> children(Household household) {
        return household.members().stream()
                .filter(member -> member.role() == MemberRole.CHILD)
                .map(child -> MatchKey.of(
                        child.givenName(),
                        child.familyName(),
                        child.dateOfBirth(),
                        household.address().postcode()))
                .toList();
    }
}
