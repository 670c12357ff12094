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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Start requests for distinct identities: both sides of each identity's mainland card as the sandbox prints it
 * ({@link SampleCards#of}), in the body a product flow sends ({@link SampleWriter#request}). Rendered before a
 * scenario measures, so drawing the cards costs nothing inside its figures.
 */
final class StartBodies {

    /** Where each of these journeys must end: the card is clean and the authority knows its holder. */
    static final Sample.Expected APPROVED = new Sample.Expected("COMPLETED", "APPROVED", List.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    private StartBodies() {}

    /** One body per identity, in order; {@code tag} makes the customer references of the run its own. */
    static List<String> render(List<Identity> identities, String tag) {
        return render(
                identities,
                tag,
                (identity, customerRef) -> request(sample(identity, customerRef, true, APPROVED), Map.of()));
    }

    /** One body per identity, in order, each drawn by {@code body} from the identity and its customer reference. */
    static List<String> render(List<Identity> identities, String tag, BiFunction<Identity, String, String> body) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> drawing = new ArrayList<>();
            for (int i = 0; i < identities.size(); i++) {
                Identity identity = identities.get(i);
                String customerRef = tag + "-" + i;
                drawing.add(pool.submit(() -> body.apply(identity, customerRef)));
            }
            List<String> rendered = new ArrayList<>();
            for (Future<String> drawn : drawing) {
                rendered.add(drawn.get());
            }
            return rendered;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not draw a card: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing cards", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The identity's own clean card: its front, and its back when {@code withBack}. */
    static Sample sample(Identity identity, String customerRef, boolean withBack, Sample.Expected expected) {
        MainlandIdCard card = SampleCards.of(identity);
        return new Sample(
                "bench",
                customerRef,
                "CHN",
                "ID_CARD",
                new SampleImage.Mainland(card, SandboxCardSide.FRONT, Set.of()),
                withBack ? new SampleImage.Mainland(card, SandboxCardSide.BACK, Set.of()) : null,
                expected);
    }

    /** The body a product flow sends for {@code sample}, with {@code extra} fields beside the document. */
    static String request(Sample sample, Map<String, Object> extra) {
        Map<String, Object> request = new LinkedHashMap<>(SampleWriter.request(sample));
        request.putAll(extra);
        try {
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
