package io.onboarding.kyc.devstack.samples;

import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import java.util.List;

/**
 * A ready start request built from a synthetic card, and what its journey must end in.
 *
 * @param file            the file name under {@code devstack/samples/}, named for the outcome
 * @param withBack        whether the request carries the national-emblem side too
 * @param expectedOutcome {@code APPROVED} or {@code REJECTED}
 * @param expectedReasons the rejection reasons the journey must give
 */
public record Sample(String file, String customerRef, MainlandIdCard card, boolean withBack, String expectedOutcome,
                     List<String> expectedReasons) {
}
