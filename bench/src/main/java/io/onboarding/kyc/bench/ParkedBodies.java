package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.samples.Sample;
import io.onboarding.kyc.sandbox.Identity;
import java.util.List;
import java.util.Map;

/**
 * Start requests that end waiting for a person: a clean front of the identity's own card, with a declared name
 * that is not the one printed on it. The engine's free local checks send a name mismatch to review
 * ({@code DECLARED_NAME_MISMATCH}, forms and cards write names differently often enough), after the front's OCR
 * and before the authority is paid: one vendor call per journey, and the sandbox stays as it is.
 */
final class ParkedBodies {

    /** Where each of these journeys stops: waiting for review, for the declared name. */
    static final Sample.Expected PARKED =
            new Sample.Expected("WAITING_REVIEW", null, List.of("DECLARED_NAME_MISMATCH"));

    /** A made-up name no generated identity carries (they have two or three characters). */
    private static final String DECLARED_NAME = "测试审核员甲";

    private ParkedBodies() {}

    /** One body per identity, in order; {@code tag} makes the customer references of the run its own. */
    static List<String> render(List<Identity> identities, String tag) {
        return StartBodies.render(
                identities,
                tag,
                (identity, customerRef) -> StartBodies.request(
                        StartBodies.sample(identity, customerRef, false, PARKED),
                        Map.of("declared", Map.of("name", DECLARED_NAME))));
    }
}
