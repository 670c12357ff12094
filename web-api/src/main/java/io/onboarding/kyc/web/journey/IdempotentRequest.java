package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.store.sealing.Sealer;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A start under an {@code Idempotency-Key}: the key as the client sent it and a fingerprint of what it
 * asked, so that a retry is told from a different request under the same key.
 *
 * @param fingerprint a keyed hash ({@link Sealer#fingerprint}) of every field and image, never reversible
 *     to the name or ID number in it
 */
public record IdempotentRequest(String key, String fingerprint) {

    public static final String HEADER = "Idempotency-Key";
    /** Up to 255 visible ASCII characters, as Stripe and the IETF draft allow; enough for a UUID or a ULID. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /** Null when the client sent no key: the start is not idempotent. */
    @Nullable
    static IdempotentRequest of(@Nullable String key, ValidStart start, Sealer sealer) {
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidRequestException(List.of(new FieldViolation(
                    HEADER, "format", "the Idempotency-Key header is 1 to 255 visible ASCII characters, no spaces")));
        }
        StartJourneyValidator.ValidDocument document = start.document();
        String canonical = String.join(
                "\u0000",
                start.customerRef(),
                document.country(),
                document.type().name(),
                sha256(document.front().content()),
                document.back() == null ? "" : sha256(document.back().content()),
                start.declared() == null ? "" : String.valueOf(start.declared().name()),
                start.declared() == null ? "" : String.valueOf(start.declared().idNumber()));
        if (start.callbackUrl() != null) {
            // appended only when sent, so fingerprints taken before callbacks existed still match their retries
            canonical += "\u0000callback\u0000" + start.callbackUrl();
        }
        return new IdempotentRequest(key, sealer.fingerprint("idempotent-start\u0000" + canonical));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "IdempotentRequest[" + key.length() + " characters]";
    }
}
