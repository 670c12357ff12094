package io.onboarding.kyc.web.hostile;

import static io.onboarding.kyc.web.hostile.HostileClient.storingNothing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.hostile.HostileClient.Answer;
import io.onboarding.kyc.web.journey.TestTemporal;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Images that cannot succeed, sent as either side of a start and of a retake: each is refused with 422
 * naming that side's field and the rule, and nothing is stored. Images the engine can use get through.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileImageInputIT implements TestPropertyProvider {

    private static final String CARD = base64(HostileImages.cardJpeg());

    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    private HostileClient client;
    private String journeyId;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    /** Where an image goes: the start or a retake, the front or the back. */
    enum Slot {
        START_FRONT,
        START_BACK,
        RETAKE_FRONT,
        RETAKE_BACK;

        String field() {
            return "document." + (this == START_FRONT || this == RETAKE_FRONT ? "front" : "back") + ".imageBase64";
        }

        boolean retake() {
            return this == RETAKE_FRONT || this == RETAKE_BACK;
        }

        /** The image in this slot; the other side, when there is one, a good card. */
        String body(String image) {
            boolean front = this == START_FRONT || this == RETAKE_FRONT;
            String document =
                    "{\"country\":\"CHN\",\"type\":\"ID_CARD\",\"front\":{\"imageBase64\":\"" + (front ? image : CARD)
                            + "\"}" + (front ? "" : ",\"back\":{\"imageBase64\":\"" + image + "\"}") + "}";
            return retake() ? document : "{\"customerRef\":\"hostile-image\",\"document\":" + document + "}";
        }
    }

    static Stream<Arguments> refused() {
        return everyPair(Slot.values(), HostileImages.refusedAtTheDoor());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void refused(Slot slot, HostileImages.Refused image) {
        String path = path(slot);
        String body = slot.body(base64(image.image().get()));

        Answer answer = storingNothing(() -> client().postJson(path, body));

        answer.assertProblem(422, "invalid-request", slot.field());
        assertThat(answer.violations()).as(answer.body()).containsExactly(slot.field() + ":" + image.rule());
    }

    static Stream<Arguments> accepted() {
        return everyPair(new Slot[] {Slot.START_FRONT, Slot.RETAKE_BACK}, HostileImages.acceptedAtTheDoor());
    }

    private static Stream<Arguments> everyPair(Slot[] slots, List<?> images) {
        return images.stream().flatMap(image -> Stream.of(slots).map(slot -> Arguments.of(slot, image)));
    }

    /** A start is accepted; a retake passes the door and is then refused only because the journey is not waiting. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void accepted(Slot slot, HostileImages.Accepted image) {
        String path = path(slot);
        String body = slot.body(base64(image.image().get()));

        if (slot.retake()) {
            storingNothing(() -> client().postJson(path, body)).assertProblem(409, "journey-not-waiting", null);
        } else {
            Answer answer = client().postJson(path, body);
            assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        }
    }

    /** What a refused bomb costs end to end (base64 and JSON included), printed; no timing assertion. */
    @Test
    void printsWhatARefusedBombCostsOverHttp() {
        String report = String.join(
                "\n",
                roundTrip("card JPEG (accepted, journey started)", HostileImages.cardJpeg(), 202),
                roundTrip("PNG deflate bomb 30000 x 30000", HostileImages.Bombs.HUGE, 422),
                roundTrip("PNG deflate bomb 12000 x 12000", HostileImages.Bombs.TOO_MANY_PIXELS, 422),
                roundTrip("PNG header 30000 x 30000", HostileImages.pngHeaderOnly(30_000, 30_000), 422),
                roundTrip(
                        "JPEG header 30000 x 30000",
                        HostileImages.jpegClaiming(HostileImages.cardJpeg(), 30_000, 30_000),
                        422));
        System.out.println("POST /v1/journeys round trips (median of 5 after a warm-up):\n" + report);
    }

    private String roundTrip(String name, byte[] image, int expectedStatus) {
        String body = Slot.START_FRONT.body(base64(image));
        long[] nanos = new long[6];
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            Answer answer = client().postJson("/v1/journeys", body);
            nanos[run] = System.nanoTime() - start;
            assertThat(answer.status()).as(answer.body()).isEqualTo(expectedStatus);
        }
        long[] measured = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(measured);
        return String.format(
                "  %-40s %9d bytes of JSON %8.2f ms", name, body.length(), measured[measured.length / 2] / 1e6);
    }

    /**
     * One client, with one product key: a retake goes to a journey this key started. The key is issued before
     * any test, outside a test method's transaction (which is rolled back, unseen by the server).
     */
    @BeforeAll
    void issueAKey() {
        client = new HostileClient(server.getURI(), TestKeys.secret(context, "hostile-image", ApiRole.PRODUCT));
    }

    private HostileClient client() {
        return client;
    }

    /** Where to post; for a retake, a journey started once with a good card (before any counting begins). */
    private synchronized String path(Slot slot) {
        if (!slot.retake()) {
            return "/v1/journeys";
        }
        if (journeyId == null) {
            Answer started = client().postJson("/v1/journeys", Slot.START_FRONT.body(CARD));
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            try {
                journeyId = new ObjectMapper()
                        .readTree(started.body())
                        .path("journeyId")
                        .asText();
            } catch (IOException e) {
                throw new AssertionError(started.body(), e);
            }
        }
        return "/v1/journeys/" + journeyId + "/documents";
    }

    private static String base64(byte[] image) {
        return Base64.getEncoder().encodeToString(image);
    }
}
