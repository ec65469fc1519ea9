package uk.earlyhelp.platform.personal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.PersonalData;

class PersonalFieldsTest {

    record Member(@PersonalData String name, @PersonalData LocalDate born, String role) {}

    record Household(@PersonalData String street, List<Member> members) {}

    record Received(
            String familyId,
            Household household,
            Map<String, Member> byRole,
            @PersonalData String summary) {}

    record Anonymous(String familyId, List<String> problems) {}

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    private static Received received() {
        Member parent = new Member("Kerry", LocalDate.of(1990, 4, 2), "PARENT");
        Member child = new Member("Jay", LocalDate.of(2013, 9, 30), "CHILD");
        return new Received(
                "f-1", new Household("12 Mill Lane", List.of(parent, child)), Map.of("CHILD", child), "Free text.");
    }

    @Test
    void findsPersonalFieldsInNestedRecordsListsAndMapsAndNothingElse() {
        assertTrue(PersonalFields.of(Received.class).isPresent());
        assertTrue(PersonalFields.of(Anonymous.class).isEmpty());
        assertTrue(PersonalFields.of(String.class).isEmpty());
    }

    @Test
    void replacesEveryPersonalValueAndOnlyThose() {
        JsonNode tree = json.valueToTree(received());
        PersonalFields.replace(tree, PersonalFields.of(Received.class).orElseThrow(), value -> new TextNode("X"));
        assertEquals("X", tree.at("/household/street").asText());
        assertEquals("X", tree.at("/household/members/1/name").asText());
        assertEquals("X", tree.at("/household/members/1/born").asText());
        assertEquals("CHILD", tree.at("/household/members/1/role").asText());
        assertEquals("X", tree.at("/byRole/CHILD/name").asText());
        assertEquals("X", tree.at("/summary").asText());
        assertEquals("f-1", tree.at("/familyId").asText());
    }

    @Test
    void anErasedCopyKeepsTheAnonymousFacts() {
        Received erased = PersonalFields.erased(received(), json);
        assertNull(erased.summary());
        assertNull(erased.household().street());
        assertNull(erased.household().members().getFirst().name());
        assertNull(erased.household().members().getFirst().born());
        assertEquals("PARENT", erased.household().members().getFirst().role());
        assertEquals("f-1", erased.familyId());
    }

    @Test
    void aCiphertextOpensOnlyWithItsKeyAndItsFamily() throws GeneralSecurityException {
        SecretKey key = Aes.newKey();
        byte[] plain = "Kerry".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = Aes.encrypt(key, plain, "personal:f-1");
        assertArrayEquals(plain, Aes.decrypt(key, sealed, "personal:f-1"));
        assertThrows(GeneralSecurityException.class, () -> Aes.decrypt(key, sealed, "personal:f-2"));
        assertThrows(GeneralSecurityException.class, () -> Aes.decrypt(Aes.newKey(), sealed, "personal:f-1"));
    }
}
