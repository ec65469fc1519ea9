package uk.earlyhelp.referral.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.FamilyErasedV1;
import uk.earlyhelp.referral.domain.ErasureTrigger;
import uk.earlyhelp.referral.domain.FamilyErased;

class ReferralEventMapperTest {

    /** Stored events hold the domain's constant names; the topic must keep carrying the same words. */
    @Test
    void everyErasureTriggerIsPublishedUnderItsOwnName() {
        assertEquals(
                Arrays.stream(FamilyErasedV1.ErasureTrigger.values())
                        .map(Enum::name)
                        .toList(),
                Arrays.stream(ErasureTrigger.values()).map(Enum::name).toList());
        for (ErasureTrigger trigger : ErasureTrigger.values()) {
            assertEquals(trigger.name(), ReferralEventMapper.trigger(trigger).name());
        }
    }

    @Test
    void aFamilyErasureIsPublishedWithoutTheOfficersNote() {
        Instant erasedAt = Instant.parse("2026-11-23T10:00:00Z");
        FamilyErased erased = new FamilyErased(
                "f-1",
                "E10000018",
                ErasureTrigger.RETENTION,
                "Retention period P6Y",
                LocalDate.of(2026, 11, 23),
                "retention-schedule",
                erasedAt);
        assertEquals(
                Optional.of(new FamilyErasedV1(
                        "f-1",
                        "E10000018",
                        FamilyErasedV1.ErasureTrigger.RETENTION,
                        LocalDate.of(2026, 11, 23),
                        erasedAt)),
                new ReferralEventMapper().toIntegrationEvent(erased));
    }
}
