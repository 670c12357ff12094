package io.onboarding.kyc.sandbox.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.onboarding.kyc.sandbox.action.ParameterType;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parameters sent flat, as form fields or a query string: the v1 signature scheme always, API 3.0 for a GET.
 * Tencent flattens structure into names: an array element is {@code Foo.0}, an object field {@code Bar.Baz}. Every
 * value arrives as text; the action's declared parameter types say which ones are booleans or numbers, so that
 * the same JSON request the action would have received as a POST can be rebuilt.
 */
public final class FlatParameters {

    private FlatParameters() {}

    /**
     * Decodes {@code application/x-www-form-urlencoded} text, in order. A repeated name keeps its first value.
     *
     * @throws ApiError {@code InvalidParameter} for broken percent-encoding
     */
    public static Map<String, String> decode(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&", -1)) { // empty pairs, trailing ones included, are skipped
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodeComponent(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decodeComponent(pair.substring(eq + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    /**
     * The JSON object the flat parameters stand for. A name the action does not declare is kept as text, for the
     * action's own parsing to refuse as {@code UnknownParameter}.
     *
     * @throws ApiError {@code InvalidParameter} when a name is both a value and a structure, or an array has gaps
     */
    public static ObjectNode toJson(Map<String, String> flat, Map<String, ParameterType> declared) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : flat.entrySet()) {
            insert(tree, parameter.getKey().split("\\.", -1), 0, parameter.getValue(), parameter.getKey());
        }
        ObjectNode json = Envelope.JSON.createObjectNode();
        tree.forEach((name, value) -> json.set(
                name,
                value instanceof String text ? scalar(text, declared.get(name)) : structure(castTree(value), name)));
        return json;
    }

    private static void insert(Map<String, Object> node, String[] path, int index, String value, String fullName) {
        String segment = path[index];
        if (segment.isEmpty()) {
            throw ApiError.invalidParameter("The parameter name `" + fullName + "` is malformed.");
        }
        if (index == path.length - 1) {
            if (node.putIfAbsent(segment, value) != null) {
                throw ApiError.invalidParameter(
                        "The parameter `" + fullName + "` is sent both as a value and as a structure.");
            }
            return;
        }
        Object child = node.computeIfAbsent(segment, key -> new LinkedHashMap<String, Object>());
        if (!(child instanceof Map)) {
            throw ApiError.invalidParameter(
                    "The parameter `" + fullName + "` is sent both as a value and as a structure.");
        }
        insert(castTree(child), path, index + 1, value, fullName);
    }

    /** Numbered fields make an array, in index order, which must run from 0 without gaps; named ones an object. */
    private static JsonNode structure(Map<String, Object> tree, String name) {
        boolean indexed = tree.keySet().stream().allMatch(key -> key.chars().allMatch(Character::isDigit));
        if (indexed) {
            TreeMap<Integer, Object> elements = new TreeMap<>();
            for (Map.Entry<String, Object> element : tree.entrySet()) {
                elements.put(parseIndex(element.getKey(), name), element.getValue());
            }
            if (elements.lastKey() != elements.size() - 1) {
                throw ApiError.invalidParameter(
                        "The array parameter `" + name + "` must be numbered from 0 without gaps.");
            }
            ArrayNode array = Envelope.JSON.createArrayNode();
            elements.values().forEach(element -> array.add(leafOrStructure(element, name)));
            return array;
        }
        ObjectNode object = Envelope.JSON.createObjectNode();
        tree.forEach((key, value) -> object.set(key, leafOrStructure(value, name + "." + key)));
        return object;
    }

    private static JsonNode leafOrStructure(Object value, String name) {
        return value instanceof String text ? TextNode.valueOf(text) : structure(castTree(value), name);
    }

    private static int parseIndex(String key, String name) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw ApiError.invalidParameter("The array parameter `" + name + "` has an index out of range.");
        }
    }

    /**
     * Text becomes the declared type when it reads as one; otherwise it stays text and the action's parsing reports
     * the wrong type, as it would for a JSON body. Matched by name so that types added later convert too.
     */
    private static JsonNode scalar(String text, ParameterType type) {
        String kind = type == null ? "" : type.name();
        switch (kind) {
            case "BOOLEAN" -> {
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    return BooleanNode.valueOf(lower.equals("true"));
                }
            }
            case "INTEGER", "INT", "LONG" -> {
                try {
                    return LongNode.valueOf(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    // stays text
                }
            }
            case "FLOAT", "DOUBLE", "NUMBER", "DECIMAL" -> {
                try {
                    return DecimalNode.valueOf(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    // stays text
                }
            }
            default -> {
                // strings, and anything that is not a scalar, stay text
            }
        }
        return TextNode.valueOf(text);
    }

    private static String decodeComponent(String component) {
        try {
            return URLDecoder.decode(component, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidParameter("The request parameters are not correctly URL-encoded.");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castTree(Object node) {
        return (Map<String, Object>) node;
    }
}
