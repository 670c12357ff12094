package io.onboarding.kyc.web.codec;

import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The engineers who may use the codec endpoint, each with a bearer token from {@code kyc.codec.engineer-tokens}
 * ({@code name:token}). Stands in for the ENGINEER role until the API has keys and roles.
 */
@Singleton
final class EngineerTokens {

    /** Short tokens can be guessed; {@code openssl rand -base64 32} gives 44 characters. */
    static final int MIN_TOKEN_LENGTH = 32;
    /** Names go into the log, so they are plain words. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final List<Engineer> engineers;

    @Inject
    EngineerTokens(CodecSettings settings) {
        this(settings.engineerTokens());
    }

    /** Fails on a malformed entry, naming its position but never its token. */
    EngineerTokens(List<String> entries) {
        List<Engineer> parsed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).trim();
            if (entry.isEmpty()) {
                continue; // KYC_CODEC_ENGINEER_TOKENS= (set but empty) means none
            }
            int colon = entry.indexOf(':');
            String where = "kyc.codec.engineer-tokens entry " + (i + 1);
            if (colon < 0) {
                throw new ConfigurationException(where + " is not name:token");
            }
            String name = entry.substring(0, colon);
            String token = entry.substring(colon + 1);
            if (!NAME.matcher(name).matches() || name.equals(CodecCaller.LOOPBACK.name())) {
                throw new ConfigurationException(where + ": the name must be 1 to 64 of A-Z a-z 0-9 . _ @ - and not '"
                        + CodecCaller.LOOPBACK.name() + "'");
            }
            if (token.length() < MIN_TOKEN_LENGTH) {
                throw new ConfigurationException(
                        where + " (" + name + "): the token is shorter than " + MIN_TOKEN_LENGTH + " characters");
            }
            if (!names.add(name) || !tokens.add(token)) {
                throw new ConfigurationException(where + " (" + name + ") repeats a name or a token");
            }
            parsed.add(new Engineer(name, digest(token)));
        }
        this.engineers = List.copyOf(parsed);
    }

    /**
     * The engineer holding this token. Compares digests of equal length with {@link MessageDigest#isEqual} and
     * always looks at every entry, so the answer's timing says nothing about how close a guess was.
     */
    Optional<String> engineerFor(String token) {
        byte[] presented = digest(token);
        String found = null;
        for (Engineer engineer : engineers) {
            if (MessageDigest.isEqual(engineer.tokenDigest(), presented) && found == null) {
                found = engineer.name();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    // Raw bytes by design: MessageDigest.isEqual compares the digest; the record is never compared or used as a key.
    @SuppressWarnings("ArrayRecordComponent")
    private record Engineer(String name, byte[] tokenDigest) {}
}
