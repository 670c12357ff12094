package io.onboarding.kyc.web.search;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Set;

/**
 * A search's query parameters as they came, every one text, so that a value of the wrong kind is this API's 422
 * naming the parameter and not a binding error. {@link #sent} holds every parameter name with how often it came.
 */
record SearchRequest(
        List<String> status,
        @Nullable String outcome,
        @Nullable String reason,
        @Nullable String country,
        @Nullable String path,
        @Nullable String customerRef,
        @Nullable String waiting,
        @Nullable String createdFrom,
        @Nullable String createdTo,
        @Nullable String waitingLongerThan,
        @Nullable String sort,
        @Nullable String limit,
        @Nullable String cursor,
        List<Sent> sent) {

    /** The parameters a search reads; any other is refused. */
    static final Set<String> NAMES = Set.of(
            "status",
            "outcome",
            "reason",
            "country",
            "path",
            "customerRef",
            "waiting",
            "createdFrom",
            "createdTo",
            "waitingLongerThan",
            "sort",
            "limit",
            SearchCursor.PARAMETER);

    SearchRequest {
        status = status == null ? List.of() : List.copyOf(status);
        sent = List.copyOf(sent);
    }

    /** A parameter name in the query string and how many values it came with. */
    record Sent(String name, int values) {}
}
