package uk.earlyhelp.platform.personal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import uk.earlyhelp.contracts.PersonalData;

/**
 * Crypto-shredding for everything Axon stores (events, snapshots): Jackson as before, except that each
 * {@link PersonalData} field is replaced by {@code {"$personal": "<base64 AES-GCM ciphertext>"}} under the
 * key of the object's family (its {@code familyId} property), and decrypted on the way back. When the
 * family's key has been erased the fields read as null, never as an exception, so aggregates, projections
 * and rebuilds carry on with the anonymous facts. A key or field that exists but will not decrypt is a fault
 * ({@link FamilyKeyUnavailable}), never taken for an erasure. Classes without personal fields pass straight
 * through.
 */
public final class PersonalDataSerializer implements Serializer {

    static final String ENVELOPE = "$personal";
    private static final String FAMILY_ID = "familyId";

    private final JacksonSerializer jackson;
    private final ObjectMapper json;
    private final FamilyKeys keys;

    public PersonalDataSerializer(JacksonSerializer jackson, FamilyKeys keys) {
        this.jackson = jackson;
        this.json = jackson.getObjectMapper();
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        Optional<PersonalFields.Shape> shape = object == null ? Optional.empty() : PersonalFields.of(object.getClass());
        if (shape.isEmpty()) {
            return jackson.serialize(object, expectedRepresentation);
        }
        JsonNode tree = json.valueToTree(object);
        String familyId = familyId(tree, object.getClass());
        SecretKey key = keys.forWriting(familyId);
        PersonalFields.replace(tree, shape.get(), value -> seal(key, familyId, value));
        byte[] bytes = bytes(tree);
        T data = jackson.getConverter().convert(bytes, byte[].class, expectedRepresentation);
        return new SimpleSerializedObject<>(data, expectedRepresentation, jackson.typeForClass(object.getClass()));
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedType type = serializedObject.getType();
        if (type == null
                || SerializedType.emptyType().equals(type)
                || UnknownSerializedType.class.equals(classForType(type))) {
            return jackson.deserialize(serializedObject);
        }
        Optional<PersonalFields.Shape> shape = PersonalFields.of(classForType(type));
        if (shape.isEmpty()) {
            return jackson.deserialize(serializedObject);
        }
        JsonNode tree =
                jackson.getConverter().convert(serializedObject, JsonNode.class).getData();
        String familyId = familyId(tree, classForType(type));
        Optional<SecretKey> key = keys.forReading(familyId);
        PersonalFields.replace(tree, shape.get(), value -> open(key, familyId, value));
        return jackson.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, type));
    }

    private JsonNode seal(SecretKey key, String familyId, JsonNode value) {
        byte[] sealed = Aes.encrypt(key, bytes(value), associatedData(familyId));
        ObjectNode envelope = json.createObjectNode();
        envelope.put(ENVELOPE, Base64.getEncoder().encodeToString(sealed));
        return envelope;
    }

    /** The plain value; null when the family's key is gone (erased). */
    private JsonNode open(Optional<SecretKey> key, String familyId, JsonNode value) {
        JsonNode sealed = value.get(ENVELOPE);
        if (sealed == null || !sealed.isTextual()) {
            // Stored before encryption was in place, or already blanked: taken as it is.
            return value;
        }
        if (key.isEmpty()) {
            return NullNode.getInstance();
        }
        try {
            byte[] plain =
                    Aes.decrypt(key.get(), Base64.getDecoder().decode(sealed.asText()), associatedData(familyId));
            return json.readTree(plain);
        } catch (GeneralSecurityException | IllegalArgumentException | java.io.IOException e) {
            throw new FamilyKeyUnavailable("A personal field of family " + familyId + " does not decrypt with its key");
        }
    }

    private static String familyId(JsonNode tree, Class<?> type) {
        JsonNode familyId = tree.get(FAMILY_ID);
        if (familyId == null || !familyId.isTextual() || familyId.asText().isBlank()) {
            throw new IllegalStateException(
                    type.getName() + " has @PersonalData fields, so it needs a familyId to choose their key");
        }
        return familyId.asText();
    }

    private static String associatedData(String familyId) {
        return "personal:" + familyId;
    }

    private byte[] bytes(JsonNode tree) {
        try {
            return json.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
