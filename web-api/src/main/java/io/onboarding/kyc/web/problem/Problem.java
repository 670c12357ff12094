package io.onboarding.kyc.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem-details body.
 *
 * @param errors one entry per rule a request broke, so a client can point at the field
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://kyc-journeys.dev/problems/";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, List.of());
    }

    public Problem withErrors(List<FieldViolation> violations) {
        return new Problem(type, title, status, detail, List.copyOf(violations));
    }

    public static Problem invalid(List<FieldViolation> errors) {
        String detail =
                errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields break a rule; see errors";
        return new Problem(
                TYPE_BASE + "invalid-request", "The request breaks a rule", 422, detail, List.copyOf(errors));
    }

    /** A body that is not the JSON the route reads; {@code detail} says what is wrong, never quotes the body. */
    public static Problem unreadable(String detail) {
        return of("unreadable-body", "The request could not be read", 400, detail);
    }
}
