package io.onboarding.kyc.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.onboarding.kyc.web.problem.FieldViolation;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks, token by token, that a JSON value has the shape of a record: an object with only the record's
 * components as fields, a JSON string where the record has a string, an object where it has a record;
 * {@code null} stands for an absent field. Every broken rule is collected, so the client hears of all at once.
 * Field names are the record components' names (no renaming annotations are honoured).
 */
final class RecordShape {

    /**
     * An unknown field is named by its own name only when that is short printable ASCII without a dot: the name
     * is the client's text, and a problem must not carry whatever it holds. Others are named by position.
     */
    private static final Pattern SHOWN_NAME = Pattern.compile("[\\x21-\\x7e&&[^.\"\\\\]]{1,64}");

    private final List<FieldViolation> violations = new ArrayList<>();

    private RecordShape() {}

    /**
     * @param parser positioned on the body's first token
     * @param name   what the body is called in field paths, or empty to name fields from the top
     */
    static List<FieldViolation> check(JsonParser parser, Class<?> type, String name) throws IOException {
        RecordShape shape = new RecordShape();
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            shape.wrongType(parser, name, "an object");
        } else {
            shape.value(parser, type, name);
        }
        return List.copyOf(shape.violations);
    }

    private void value(JsonParser parser, Type declared, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (isListOfStrings(declared)) {
            if (token != JsonToken.START_ARRAY) {
                wrongType(parser, path, "an array of strings");
                return;
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String element = path + "[" + index++ + "]";
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    wrongType(parser, element, "a string");
                }
            }
            return;
        }
        Class<?> type = declared instanceof Class<?> plain ? plain : Object.class;
        if (type == String.class) {
            if (token != JsonToken.VALUE_STRING) {
                wrongType(parser, path, "a string");
            }
        } else if (type.isRecord()) {
            if (token == JsonToken.START_OBJECT) {
                fields(parser, type, path);
            } else {
                wrongType(parser, path, "an object");
            }
        } else {
            throw new IllegalStateException(
                    declared.getTypeName() + " is a field type strict JSON reading does not know yet");
        }
    }

    private void fields(JsonParser parser, Class<?> type, String path) throws IOException {
        Map<String, Type> components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getGenericType));
        int position = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            position++;
            String field = parser.currentName();
            parser.nextToken();
            Type fieldType = components.get(field);
            if (fieldType != null) {
                value(parser, fieldType, child(path, field));
                continue;
            }
            String unknown = child(path, SHOWN_NAME.matcher(field).matches() ? field : "#" + position);
            violations.add(new FieldViolation(
                    unknown,
                    "unknown-field",
                    unknown + " is not a field of this request: unknown fields are refused, not ignored"));
            parser.skipChildren();
        }
    }

    private static boolean isListOfStrings(Type type) {
        return type instanceof ParameterizedType list
                && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] == String.class;
    }

    private void wrongType(JsonParser parser, String path, String expected) throws IOException {
        String field = path.isEmpty() ? "body" : path;
        violations.add(new FieldViolation(
                field, "type", field + " must be " + expected + ", not " + kind(parser.currentToken())));
        parser.skipChildren();
    }

    private static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "null";
        };
    }
}
