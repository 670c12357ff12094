package io.onboarding.kyc.sandbox.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.IdentityRegistry;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.action.ActionSettings;
import io.onboarding.kyc.sandbox.auth.TemporaryCredential;
import io.onboarding.kyc.sandbox.fault.FaultSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sandbox configuration from a JSON file. Every key is optional; what is left out keeps the default of
 * {@link SandboxConfig#defaults()}. A key the sandbox does not know is an error (a typo would otherwise be silently
 * ignored), except {@code note} and keys starting with {@code _}, which are comments.
 *
 * <pre>{@code
 * {
 *   "host": "127.0.0.1", "port": 9080,
 *   "credentials": {"AKID…": "secret key"},
 *   "temporaryCredentials": [{"secretId": "…", "secretKey": "…", "token": "…", "expiresAt": "2030-01-01T00:00:00Z"}],
 *   "identities": "identities.json"  (a path, relative to this file)  or  [{"name", "idNumber", "portraitSubject"}],
 *   "quotas": {"RecognizeMainlandIDCardOCR": 20},
 *   "latencyMs": {"*": 50, "CheckIdCardInformation": 400},
 *   "faults": [{"action": "IdCardOCRVerification", "kind": "result", "code": "-4", "rate": 0.1}],
 *   "actions": {"dailyVerificationLimit": 3},
 *   "adminToken": "…"
 * }
 * }</pre>
 */
public final class ConfigFile {

    private static final Set<String> KEYS = Set.of(
            "host",
            "port",
            "credentials",
            "temporaryCredentials",
            "identities",
            "quotas",
            "latencyMs",
            "faults",
            "actions",
            "adminToken");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ConfigFile() {}

    /**
     * Reads the sandbox configuration from a JSON file.
     *
     * @throws IllegalArgumentException for a file that is not valid configuration, naming the key at fault
     * @throws UncheckedIOException     when the file (or the identities file it names) cannot be read
     */
    public static SandboxConfig read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration file " + file, e);
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(root, base);
    }

    /**
     * Builds the sandbox configuration from parsed JSON.
     *
     * @param base the directory relative paths in the configuration are resolved against
     */
    public static SandboxConfig parse(JsonNode root, Path base) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the configuration must be a JSON object");
        }
        for (String key : (Iterable<String>) root::fieldNames) {
            if (!KEYS.contains(key) && !key.equals("note") && !key.startsWith("_")) {
                throw new IllegalArgumentException("unknown configuration key `" + key + "`; known keys: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        SandboxConfig config = SandboxConfig.defaults();
        if (root.has("host")) {
            config = config.withHost(text(root, "host"));
        }
        if (root.has("port")) {
            config = config.withPort(integer(root.get("port"), "port"));
        }
        if (root.has("credentials")) {
            config = config.withCredentials(stringMap(root.get("credentials"), "credentials"));
        }
        if (root.has("temporaryCredentials")) {
            config = config.withTemporaryCredentials(temporaryCredentials(root.get("temporaryCredentials")));
        }
        if (root.has("identities")) {
            config = config.withRegistry(identities(root.get("identities"), base));
        }
        if (root.has("quotas")) {
            config = config.withQuotas(quotas(root.get("quotas")));
        }
        if (root.has("latencyMs")) {
            config = config.withLatencyMs(latency(root.get("latencyMs")));
        }
        if (root.has("faults")) {
            config = config.withFaults(faults(root.get("faults")));
        }
        if (root.has("actions")) {
            config = config.withActions(actionSettings(root.get("actions")));
        }
        if (root.has("adminToken")) {
            config = config.withAdminToken(root.get("adminToken").isNull() ? null : text(root, "adminToken"));
        }
        return config;
    }

    /**
     * Action settings map by component name onto {@link ActionSettings}, over its defaults: a setting added there
     * later is configurable here without a change, and one left out keeps its default.
     */
    static ActionSettings actionSettings(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("actions must be an object of action settings");
        }
        ObjectNode merged = JSON.valueToTree(ActionSettings.defaults());
        merged.setAll((ObjectNode) node);
        try {
            return JSON.treeToValue(merged, ActionSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("actions: " + e.getOriginalMessage());
        }
    }

    private static List<TemporaryCredential> temporaryCredentials(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(
                    "temporaryCredentials must be an array of {secretId, secretKey, token, expiresAt}");
        }
        List<TemporaryCredential> credentials = new ArrayList<>();
        for (JsonNode entry : node) {
            Instant expiresAt = null;
            if (entry.hasNonNull("expiresAt")) {
                try {
                    expiresAt = Instant.parse(entry.get("expiresAt").asText());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("temporaryCredentials: expiresAt must be an ISO-8601 instant, "
                            + "e.g. 2030-01-01T00:00:00Z");
                }
            }
            credentials.add(new TemporaryCredential(
                    text(entry, "secretId"), text(entry, "secretKey"), text(entry, "token"), expiresAt));
        }
        return credentials;
    }

    private static IdentityRegistry identities(JsonNode node, Path base) {
        if (node.isTextual()) {
            Path path = Path.of(node.asText());
            return IdentityRegistry.read(path.isAbsolute() || base == null ? path : base.resolve(path));
        }
        return IdentityRegistry.fromJson(node);
    }

    private static Map<String, Integer> quotas(JsonNode node) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        objectEntries(node, "quotas")
                .forEach((action, value) -> quotas.put(action, integer(value, "quotas." + action)));
        return quotas;
    }

    private static Map<String, Long> latency(JsonNode node) {
        Map<String, Long> latency = new LinkedHashMap<>();
        objectEntries(node, "latencyMs").forEach((action, value) -> {
            if (!value.isIntegralNumber() || value.asLong() < 0) {
                throw new IllegalArgumentException("latencyMs." + action + " must be a whole number of milliseconds");
            }
            latency.put(action, value.asLong());
        });
        return latency;
    }

    private static List<FaultSpec> faults(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(
                    "faults must be an array of {action, kind, code, rate, latencyMs, count}");
        }
        List<FaultSpec> faults = new ArrayList<>();
        for (JsonNode entry : node) {
            try {
                faults.add(JSON.treeToValue(entry, FaultSpec.class));
            } catch (JsonProcessingException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                String message = cause instanceof JsonProcessingException processing
                        ? processing.getOriginalMessage()
                        : cause.getMessage();
                throw new IllegalArgumentException("faults[" + faults.size() + "]: " + message);
            }
        }
        return faults;
    }

    private static Map<String, String> stringMap(JsonNode node, String key) {
        Map<String, String> map = new LinkedHashMap<>();
        objectEntries(node, key).forEach((name, value) -> {
            if (!value.isTextual()) {
                throw new IllegalArgumentException(key + "." + name + " must be a string");
            }
            map.put(name, value.asText());
        });
        return map;
    }

    private static Map<String, JsonNode> objectEntries(JsonNode node, String key) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(key + " must be a JSON object");
        }
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        node.properties().forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
        return entries;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(key + " must be a non-empty string");
        }
        return value.asText();
    }

    private static int integer(JsonNode value, String key) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(key + " must be a whole number");
        }
        return value.asInt();
    }
}
