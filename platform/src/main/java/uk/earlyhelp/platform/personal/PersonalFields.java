package uk.earlyhelp.platform.personal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import uk.earlyhelp.contracts.PersonalData;

/**
 * Where a record's {@link PersonalData} fields sit in its JSON form: directly, inside nested records, in
 * lists of them or as the values of maps of them. Worked out once per class by reflection, then applied to
 * Jackson trees: to encrypt, decrypt or blank every personal field in one pass.
 */
public final class PersonalFields {

    /** The JSON below one property: a personal value, or something that contains some. */
    sealed interface Shape permits Leaf, Fields, Elements {}

    /** A personal value, replaced as a whole. */
    record Leaf() implements Shape {}

    /** A record with personal fields somewhere below the named properties. */
    record Fields(Map<String, Shape> fields) implements Shape {}

    /** Every element of an array, or every value of an object used as a map. */
    record Elements(Shape element) implements Shape {}

    private static final Map<Type, Optional<Shape>> SHAPES = new ConcurrentHashMap<>();

    private PersonalFields() {}

    /** The shape of {@code type}'s personal fields; empty when it has none, as for most classes. */
    static Optional<Shape> of(Type type) {
        Optional<Shape> known = SHAPES.get(type);
        if (known == null) {
            known = shape(type, 0);
            SHAPES.put(type, known);
        }
        return known;
    }

    private static Optional<Shape> shape(Type type, int depth) {
        if (depth > 8) {
            return Optional.empty();
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            Map<String, Shape> fields = new LinkedHashMap<>();
            for (RecordComponent component : c.getRecordComponents()) {
                if (component.isAnnotationPresent(PersonalData.class)) {
                    fields.put(component.getName(), new Leaf());
                } else {
                    shape(component.getGenericType(), depth + 1).ifPresent(s -> fields.put(component.getName(), s));
                }
            }
            return fields.isEmpty() ? Optional.empty() : Optional.of(new Fields(Map.copyOf(fields)));
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) || Optional.class == raw) {
                return shape(arguments[0], depth + 1).map(Elements::new);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return shape(arguments[1], depth + 1).map(Elements::new);
            }
        }
        return Optional.empty();
    }

    /** Replaces each personal value below {@code node} (null values stay null) with what {@code change} makes of it. */
    static void replace(JsonNode node, Shape shape, UnaryOperator<JsonNode> change) {
        switch (shape) {
            case Fields fields
            when node instanceof ObjectNode object ->
                fields.fields().forEach((name, inner) -> {
                    JsonNode value = object.get(name);
                    if (value == null || value.isNull()) {
                        return;
                    }
                    if (inner instanceof Leaf) {
                        object.set(name, change.apply(value));
                    } else {
                        replace(value, inner, change);
                    }
                });
            case Elements elements
            when node instanceof ArrayNode array -> {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode value = array.get(i);
                    if (elements.element() instanceof Leaf) {
                        array.set(i, value.isNull() ? value : change.apply(value));
                    } else {
                        replace(value, elements.element(), change);
                    }
                }
            }
            case Elements elements
            when node instanceof ObjectNode map ->
                map.properties().forEach(entry -> {
                    if (elements.element() instanceof Leaf) {
                        if (!entry.getValue().isNull()) {
                            entry.setValue(change.apply(entry.getValue()));
                        }
                    } else {
                        replace(entry.getValue(), elements.element(), change);
                    }
                });
            default -> {
                // Not the JSON the class would make (e.g. already null): nothing personal here.
            }
        }
    }

    /** Blanks every personal value below {@code node}. */
    static void erase(JsonNode node, Shape shape) {
        replace(node, shape, value -> NullNode.getInstance());
    }

    /**
     * A copy of {@code value} with every personal field null: what a read model keeps of an erased family,
     * e.g. a referral's household without names, dates of birth or address, but with its members' roles.
     */
    @SuppressWarnings("unchecked")
    public static <T> T erased(T value, ObjectMapper json) {
        Optional<Shape> shape = of(value.getClass());
        if (shape.isEmpty()) {
            return value;
        }
        JsonNode tree = json.valueToTree(value);
        erase(tree, shape.get());
        try {
            return (T) json.treeToValue(tree, value.getClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot erase the personal fields of " + value.getClass(), e);
        }
    }
}
