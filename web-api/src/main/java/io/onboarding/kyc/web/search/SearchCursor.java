package io.onboarding.kyc.web.search;

import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.store.search.SearchPosition;
import io.onboarding.kyc.store.search.SearchSort;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The {@code next} token of a search page: base64url of the order it was made for, the last journey's sort key and
 * its id. Opaque to clients; it grants nothing (the filters are sent again with it and applied again), so a token
 * that does not decode to exactly that shape is refused, and one that does can only start a page somewhere.
 */
final class SearchCursor {

    static final String PARAMETER = "cursor";
    /** Far more than a real token's ~80 characters; nothing longer is decoded. */
    private static final int MAX_LENGTH = 256;

    private static final String VERSION = "1";
    private static final char SEPARATOR = '|';

    private SearchCursor() {}

    static String encode(SearchSort sort, SearchPosition position) {
        String plain = VERSION
                + SEPARATOR
                + sort.name().toLowerCase(Locale.ROOT)
                + SEPARATOR
                + position.at()
                + SEPARATOR
                + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a token names, for a search in {@code sort} order. */
    static SearchPosition decode(String token, SearchSort sort) {
        if (token.length() > MAX_LENGTH) {
            throw refused("is not a cursor this API gave out");
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw refused("is not a cursor this API gave out");
        }
        String[] parts = plain.split("\\|", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !JourneyIds.isValid(parts[3])) {
            throw refused("is not a cursor this API gave out");
        }
        if (!sort.name().toLowerCase(Locale.ROOT).equals(parts[1])) {
            throw refused("was made for another sort order; send the sort it came with");
        }
        Instant at;
        try {
            at = Instant.parse(parts[2]);
        } catch (DateTimeParseException broken) {
            throw refused("is not a cursor this API gave out");
        }
        if (!SearchValidator.plausible(at)) {
            throw refused("is not a cursor this API gave out");
        }
        return new SearchPosition(at, parts[3]);
    }

    private static InvalidRequestException refused(String why) {
        return new InvalidRequestException(List.of(new FieldViolation(PARAMETER, PARAMETER, "The cursor " + why)));
    }
}
