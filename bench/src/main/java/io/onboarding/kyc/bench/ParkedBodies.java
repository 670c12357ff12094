package io.onboarding.kyc.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.devstack.samples.Sample;
import io.onboarding.kyc.devstack.samples.SampleImage;
import io.onboarding.kyc.devstack.samples.SampleWriter;
import io.onboarding.kyc.sandbox.Identity;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.SampleCards;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

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

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParkedBodies() {}

    /** One body per identity, in order; {@code tag} makes the customer references of the run its own. */
    static List<String> render(List<Identity> identities, String tag) {
        return IntStream.range(0, identities.size())
                .parallel()
                .mapToObj(i -> body(identities.get(i), tag + "-" + i))
                .toList();
    }

    private static String body(Identity identity, String customerRef) {
        MainlandIdCard card = SampleCards.of(identity);
        Sample sample = new Sample(
                "bench",
                customerRef,
                "CHN",
                "ID_CARD",
                new SampleImage.Mainland(card, SandboxCardSide.FRONT, Set.of()),
                null,
                PARKED);
        Map<String, Object> request = new LinkedHashMap<>(SampleWriter.request(sample));
        request.put("declared", Map.of("name", DECLARED_NAME));
        try {
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
