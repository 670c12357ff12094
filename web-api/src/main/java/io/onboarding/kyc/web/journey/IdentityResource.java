package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.store.identity.Identity;
import io.onboarding.kyc.store.identity.JourneyIdentity;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Who a journey is about, as the caller may see it. Personal data even when masked: {@link #toString} shows
 * none of it, so neither does a log line that prints a {@link JourneyResource}.
 *
 * @param declared what the product declared at the start; {@code null} when it declared nothing
 * @param card     what OCR read off a mainland ID card; {@code null} before it was read or for other cards
 * @param masked   whether names and numbers are masked ({@link PiiMask}): always, unless the key holds PII_READ
 */
@Serdeable
@Schema(
        description = "Who the journey is about. Names and ID numbers are masked as Tencent masks them"
                + " (41290*******291716, 张*) unless the API key also holds PII_READ.")
public record IdentityResource(
        @Schema(nullable = true, description = "What the product sent in `declared` at the start.") @Nullable
        PersonResource declared,

        @Schema(nullable = true, description = "What OCR read off the front of a mainland resident ID card.") @Nullable
        PersonResource card,

        @Schema(description = "True unless the API key holds PII_READ.")
        boolean masked) {

    /** Masked unless {@code clear}. */
    static IdentityResource of(JourneyIdentity stored, boolean clear) {
        return new IdentityResource(person(stored.declared(), clear), person(stored.card(), clear), !clear);
    }

    @Nullable
    private static PersonResource person(@Nullable Identity identity, boolean clear) {
        if (identity == null || identity.isEmpty()) {
            return null;
        }
        return clear
                ? new PersonResource(identity.name(), identity.idNumber())
                : new PersonResource(PiiMask.name(identity.name()), PiiMask.idNumber(identity.idNumber()));
    }

    @Override
    public String toString() {
        return "IdentityResource[declared=" + (declared != null) + ", card=" + (card != null) + ", masked=" + masked
                + "]";
    }

    /** One source's name and ID number; either is {@code null} when that source gave none. */
    @Serdeable
    @Schema(description = "One source's name and ID number; either is null when that source gave none.")
    public record PersonResource(
            @Schema(nullable = true) @Nullable String name,
            @Schema(nullable = true) @Nullable String idNumber) {

        @Override
        public String toString() {
            return "PersonResource[redacted]";
        }
    }
}
