package io.onboarding.kyc.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document as the server serves it, read as plain YAML: what the tests look up in it. */
record Document(Map<String, Object> root) {

    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    static Document parse(String yaml) {
        return new Document(new Yaml().load(yaml));
    }

    /** Every operation by "VERB path", e.g. "POST /v1/journeys/{journeyId}/review". */
    Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
        map("paths")
                .forEach((path, item) -> node(item).forEach((verb, operation) -> {
                    if (VERBS.contains(verb)) {
                        operations.put(verb.toUpperCase(Locale.ROOT) + " " + path, node(operation));
                    }
                }));
        return operations;
    }

    Map<String, Object> schema(String name) {
        return map("components", "schemas", name);
    }

    /** The entry at these keys, each level a map; fails the test naming the path when one is missing. */
    Map<String, Object> map(String... keys) {
        return at(root, keys);
    }

    static Map<String, Object> at(Map<String, Object> node, String... keys) {
        Map<String, Object> here = node;
        for (String key : keys) {
            assertThat(here).as(String.join(".", keys)).containsKey(key);
            here = node(here.get(key));
        }
        return here;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> node(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return (List<Object>) node;
    }
}
