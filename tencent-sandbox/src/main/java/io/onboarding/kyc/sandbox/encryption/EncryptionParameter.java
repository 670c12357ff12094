package io.onboarding.kyc.sandbox.encryption;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Face ID's {@code Encryption} request parameter, opened with the sandbox's key pair: {@code Algorithm},
 * {@code CiphertextBlob} (the caller's symmetric key, RSA-wrapped), {@code Iv} and {@code EncryptList} (the
 * request fields sent as ciphertext). Checks run cheapest first, so a malformed {@code Iv} or an unknown algorithm
 * is reported before any RSA work. Which code each malformation gets is in {@code ACTIONS.md}.
 */
public final class EncryptionParameter {

    public static final String AES_256_CBC = "AES-256-CBC";
    /** Documented by Tencent; needs SM2 and SM4, which the JDK lacks, so the sandbox does not emulate it. */
    public static final String SM4_GCM = "SM4-GCM";

    /**
     * The codes one action answers with, from its own error table.
     *
     * @param cryptoFailure    a key or a field that does not decrypt
     * @param unsupportedField a field listed that the action does not take encrypted, or an identity field sent in
     *                         plain text next to an {@code Encryption}
     */
    public record Codes(String cryptoFailure, String cryptoFailureMessage, String unsupportedField) {}

    private final SessionKey key;
    private final Optional<byte[]> iv;
    private final List<String> encryptList;
    private final String algorithm;
    private final String ciphertextBlob;
    private final Codes codes;

    private EncryptionParameter(
            SessionKey key,
            Optional<byte[]> iv,
            List<String> encryptList,
            String algorithm,
            String ciphertextBlob,
            Codes codes) {
        this.key = key;
        this.iv = iv;
        this.encryptList = encryptList;
        this.algorithm = algorithm;
        this.ciphertextBlob = ciphertextBlob;
        this.codes = codes;
    }

    /** Checks the object's shape and unwraps the key. */
    public static EncryptionParameter open(JsonNode encryption, SandboxKeyPair keys, Codes codes) {
        String algorithm = text(encryption, "Algorithm").orElseThrow(() -> missing("Algorithm"));
        if (algorithm.equals(SM4_GCM)) {
            throw new ApiError(
                    ErrorCodes.UNSUPPORTED_OPERATION,
                    "The sandbox does not emulate SM4-GCM (SM2-wrapped keys); use AES-256-CBC.");
        }
        if (!algorithm.equals(AES_256_CBC)) {
            throw invalidValue("Algorithm", "must be AES-256-CBC or SM4-GCM");
        }
        Optional<byte[]> iv =
                text(encryption, "Iv").filter(value -> !value.isEmpty()).map(EncryptionParameter::iv);
        List<String> encryptList = encryptList(encryption);
        String blob = text(encryption, "CiphertextBlob")
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> missing("CiphertextBlob"));
        byte[] wrapped;
        try {
            wrapped = Base64.getDecoder().decode(blob);
        } catch (IllegalArgumentException notBase64) {
            throw cryptoFailure(codes);
        }
        byte[] unwrapped = keys.unwrap(wrapped)
                .filter(bytes -> bytes.length == SessionKey.KEY_BYTES)
                .orElseThrow(() -> cryptoFailure(codes));
        return new EncryptionParameter(new SessionKey(unwrapped), iv, encryptList, algorithm, blob, codes);
    }

    /**
     * The plain text of every field in {@code EncryptList}, read from the request by {@code requestField}.
     *
     * @param encryptable the fields this action takes encrypted; an identity field among them that the request
     *                    sends in plain text is refused too, since the caller asked for encryption
     */
    public Map<String, String> decrypt(Set<String> encryptable, Function<String, Optional<String>> requestField) {
        for (String name : encryptList) {
            if (!encryptable.contains(name)) {
                throw new ApiError(codes.unsupportedField(), "The field `" + name + "` cannot be sent encrypted.");
            }
        }
        for (String name : encryptable) {
            if (!encryptList.contains(name) && requestField.apply(name).isPresent()) {
                throw new ApiError(
                        codes.unsupportedField(), "Unencrypted fields exist. Refer to the documentation to modify.");
            }
        }
        Map<String, String> plain = new LinkedHashMap<>();
        for (String name : encryptList) {
            byte[] fieldIv = iv.orElseThrow(() -> missing("Iv"));
            String ciphertext = requestField.apply(name).orElseThrow(() -> ApiError.missingParameter(name));
            plain.put(name, key.decrypt(ciphertext, fieldIv).orElseThrow(() -> cryptoFailure(codes)));
        }
        return plain;
    }

    public SessionKey key() {
        return key;
    }

    public String algorithm() {
        return algorithm;
    }

    /** The wrapped key as the caller sent it, for a response's own {@code Encryption} object. */
    public String ciphertextBlob() {
        return ciphertextBlob;
    }

    @Override
    public String toString() {
        return "EncryptionParameter[algorithm=" + algorithm + ", encryptList=" + encryptList + "]";
    }

    private static byte[] iv(String base64) {
        byte[] iv;
        try {
            iv = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw invalidValue("Iv", "must be base64");
        }
        if (iv.length != SessionKey.IV_BYTES) {
            throw invalidValue("Iv", "must be 16 bytes for AES-256-CBC");
        }
        return iv;
    }

    private static List<String> encryptList(JsonNode encryption) {
        JsonNode list = encryption.get("EncryptList");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw ApiError.wrongType("Encryption.EncryptList", "Array of String");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : list) {
            if (!name.isTextual()) {
                throw ApiError.wrongType("Encryption.EncryptList", "Array of String");
            }
            names.add(name.asText());
        }
        return List.copyOf(names);
    }

    private static Optional<String> text(JsonNode encryption, String name) {
        JsonNode value = encryption.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiError.wrongType("Encryption." + name, "String");
        }
        return Optional.of(value.asText());
    }

    private static ApiError missing(String name) {
        return ApiError.missingParameter("Encryption." + name);
    }

    private static ApiError invalidValue(String name, String why) {
        return new ApiError(
                ErrorCodes.INVALID_PARAMETER_VALUE, "The value of `Encryption." + name + "` is invalid: " + why + ".");
    }

    private static ApiError cryptoFailure(Codes codes) {
        return new ApiError(codes.cryptoFailure(), codes.cryptoFailureMessage());
    }
}
