package io.onboarding.kyc.web.journey;

import java.util.Base64;
import java.util.Optional;

/**
 * Images arrive as standard base64, RFC 4648 section 4: the alphabet A-Z a-z 0-9 + /, padded with = to a
 * multiple of four characters, and nothing else. Java's decoder alone also takes text without its padding;
 * one strict rule, said the same way in the message and the OpenAPI document, leaves clients no guessing.
 */
final class PaddedBase64 {

    static final String DESCRIPTION = "standard base64 (RFC 4648 section 4: A-Z a-z 0-9 + /, padded with = to a"
            + " multiple of 4 characters; no line breaks, no URL-safe - _, no data: prefix)";

    private PaddedBase64() {}

    static Optional<byte[]> decode(String text) {
        if (text.length() % 4 != 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
