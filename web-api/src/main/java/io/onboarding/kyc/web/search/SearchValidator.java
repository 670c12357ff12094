package io.onboarding.kyc.web.search;

import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.contract.journey.ForeignCardRules;
import io.onboarding.kyc.contract.journey.JourneyPath;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.contract.journey.Outcome;
import io.onboarding.kyc.store.search.JourneyQuery;
import io.onboarding.kyc.store.search.SearchPosition;
import io.onboarding.kyc.store.search.SearchSort;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a search's parameters completely and reports every broken rule at once (422, each naming the parameter),
 * before anything is asked of the database.
 */
final class SearchValidator {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** Longer than any journey may wait (its retake and review deadlines are days), and far from overflowing. */
    static final Duration MAX_WAIT = Duration.ofDays(3650);

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST =
            OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern CUSTOMER_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Set<String> STATUSES = names(JourneyStatus.values());
    private static final Set<String> OUTCOMES = names(Outcome.values());
    private static final Set<String> PATHS = names(JourneyPath.values());
    /** What a journey can wait on (journey.waiting_on), as the query spells it: lower case, words joined by '-'. */
    static final Set<String> WAITS = Set.of("retake", "review", "daily-limit", "card-verification", "vendor-retry");

    private static final Set<String> COUNTRIES = countries();

    private SearchValidator() {}

    /** The query for this request; {@code now} turns {@code waitingLongerThan} into an instant. */
    static JourneyQuery validate(SearchRequest request, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        for (SearchRequest.Sent sent : request.sent()) {
            if (!SearchRequest.NAMES.contains(sent.name())) {
                violations.add(new FieldViolation(
                        sent.name(), "unknown-parameter", "Unknown query parameter; see the search's parameters"));
            } else if (sent.values() > 1 && !sent.name().equals("status")) {
                violations.add(new FieldViolation(sent.name(), "single", "Send this parameter once"));
            }
        }
        Set<String> statuses = new LinkedHashSet<>();
        for (String value : request.status()) {
            for (String status : value.split(",", -1)) {
                statuses.add(oneOf("status", status, STATUSES, violations));
            }
        }
        String outcome = oneOf("outcome", request.outcome(), OUTCOMES, violations);
        String reason =
                matching("reason", request.reason(), REASON, "a reason code such as ID_NUMBER_MISMATCH", violations);
        String country = oneOf("country", request.country(), COUNTRIES, violations);
        String path = oneOf("path", request.path(), PATHS, violations);
        String customerRef = matching(
                "customerRef",
                request.customerRef(),
                CUSTOMER_REF,
                "a customer reference as a start takes",
                violations);
        String waiting = oneOf("waiting", request.waiting(), WAITS, violations);
        Instant createdFrom = parsed("createdFrom", request.createdFrom(), SearchValidator::instant, violations);
        Instant createdTo = parsed("createdTo", request.createdTo(), SearchValidator::instant, violations);
        createdFrom = inRange("createdFrom", createdFrom, violations);
        createdTo = inRange("createdTo", createdTo, violations);
        if (createdFrom != null && createdTo != null && createdFrom.isAfter(createdTo)) {
            violations.add(new FieldViolation("createdFrom", "range", "createdFrom is after createdTo"));
        }
        Duration waited = parsed("waitingLongerThan", request.waitingLongerThan(), Duration::parse, violations);
        if (waited != null && (waited.isNegative() || waited.compareTo(MAX_WAIT) > 0)) {
            violations.add(
                    new FieldViolation("waitingLongerThan", "range", "A duration from PT0S to P3650D, e.g. PT24H"));
            waited = null;
        }
        String sortName = oneOf("sort", request.sort(), Set.of("created", "waiting"), violations);
        SearchSort sort = "waiting".equals(sortName) ? SearchSort.WAITING : SearchSort.CREATED;
        int limit = limit(request.limit(), violations);
        SearchPosition after = null;
        if (request.cursor() != null) {
            try {
                after = SearchCursor.decode(request.cursor(), sort);
            } catch (InvalidRequestException refused) {
                violations.addAll(refused.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new JourneyQuery(
                statuses,
                outcome,
                reason,
                country,
                path,
                customerRef,
                waiting == null ? null : waiting.toUpperCase(Locale.ROOT).replace('-', '_'),
                createdFrom,
                createdTo,
                waited == null ? null : now.minus(waited),
                sort,
                after,
                limit);
    }

    private static @Nullable String oneOf(
            String parameter, @Nullable String value, Set<String> allowed, List<FieldViolation> violations) {
        if (value == null) {
            return null;
        }
        if (!allowed.contains(value)) {
            violations.add(new FieldViolation(parameter, "one-of", "One of " + new TreeSet<>(allowed)));
        }
        return value;
    }

    private static @Nullable String matching(
            String parameter, @Nullable String value, Pattern pattern, String what, List<FieldViolation> violations) {
        if (value != null && !pattern.matcher(value).matches()) {
            violations.add(new FieldViolation(parameter, "format", "Expected " + what));
        }
        return value;
    }

    private static <T> @Nullable T parsed(
            String parameter, @Nullable String value, Function<String, T> parse, List<FieldViolation> violations) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (DateTimeParseException | ArithmeticException broken) {
            violations.add(new FieldViolation(
                    parameter,
                    "format",
                    parameter.startsWith("created")
                            ? "Expected an ISO-8601 instant, e.g. 2026-11-30T08:00:00Z"
                            : "Expected an ISO-8601 duration, e.g. PT24H or P2D"));
            return null;
        }
    }

    /** An instant with Z or an offset: 2026-11-30T08:00:00Z, 2026-11-30T16:00:00+08:00. */
    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException withOffset) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    /** Instants the database's timestamps hold without a doubt; anything else is no journey's creation time. */
    static boolean plausible(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
    }

    private static @Nullable Instant inRange(
            String parameter, @Nullable Instant instant, List<FieldViolation> violations) {
        if (instant != null && !plausible(instant)) {
            violations.add(new FieldViolation(parameter, "range", "An instant from 1970 to 9999"));
            return null;
        }
        return instant;
    }

    private static int limit(@Nullable String value, List<FieldViolation> violations) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            limit = 0;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "range", "A whole number from 1 to " + MAX_LIMIT));
            return DEFAULT_LIMIT;
        }
        return limit;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new LinkedHashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return Set.copyOf(names);
    }

    private static Set<String> countries() {
        return Set.copyOf(Stream.concat(Stream.of("CHN", "AUTO"), ForeignCardRules.NATIONALITIES.stream())
                .toList());
    }
}
