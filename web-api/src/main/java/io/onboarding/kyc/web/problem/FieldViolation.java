package io.onboarding.kyc.web.problem;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One broken rule.
 *
 * @param field a JSON pointer-ish path into the request, e.g. {@code document.front.imageBase64}
 * @param rule  a stable, machine-readable rule name, e.g. {@code required}, {@code image-format}
 */
@Serdeable
public record FieldViolation(String field, String rule, String message) {}
