package io.onboarding.kyc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts journeys as a product backend does: {@code POST /v1/journeys} with the product key, over real HTTP, a few
 * at a time; an intake limit (429, 503) is waited out and the start sent again. A start that fails otherwise is
 * counted, not retried: the scenario reports it.
 */
final class JourneyStarter {

    /** Starts in flight at once: what a product backend's pool of connections might send. */
    static final int CONNECTIONS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Stack stack;
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    JourneyStarter(Stack stack) {
        this.stack = stack;
    }

    /** Starts every body, {@link #CONNECTIONS} at a time; the ids of the journeys started, in no set order. */
    List<String> startAll(List<String> bodies) {
        return startAll(bodies, CONNECTIONS);
    }

    /** Starts every body, {@code parallel} at a time; the ids of the journeys started, in no set order. */
    List<String> startAll(List<String> bodies, int parallel) {
        ExecutorService connections = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<String>> started = new ArrayList<>();
            for (String body : bodies) {
                started.add(connections.submit(() -> start(body)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> each : started) {
                String id = each.get();
                if (id != null) {
                    ids.add(id);
                }
            }
            return ids;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a start failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting journeys", e);
        } finally {
            connections.shutdownNow();
        }
    }

    /**
     * Starts the bodies one after another at {@code perSecond}; just before the start numbered {@code at}, runs
     * {@code meanwhile} (a kill, say) on this thread. The ids of the journeys started, in order.
     */
    List<String> feed(List<String> bodies, double perSecond, int at, Runnable meanwhile) {
        long pause = (long) (1000 / perSecond);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            if (i == at) {
                meanwhile.run();
            }
            String id = start(bodies.get(i));
            if (id != null) {
                ids.add(id);
            }
            sleep(pause);
        }
        return ids;
    }

    /** One start; the journey's id, or {@code null} when the API refused it for good (counted in {@link #refused}). */
    String start(String body) {
        for (int attempt = 1; attempt <= 20; attempt++) {
            List<String> urls = stack.webUrls();
            String url = urls.get(Math.floorMod(turn.getAndIncrement(), urls.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v1/journeys"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("X-API-Key", stack.productKey())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    return JSON.readTree(response.body()).path("journeyId").asText();
                }
                if (response.statusCode() != 429 && response.statusCode() != 503) {
                    // the body names the field and rule (problem details), never the card's contents
                    System.err.println(
                            "bench: a start was refused with " + response.statusCode() + ": " + response.body());
                    refused.incrementAndGet();
                    return null;
                }
            } catch (IOException e) {
                // a web API that restarts or drops a connection: sent again, as a backend would
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            sleep(250L * attempt);
        }
        refused.incrementAndGet();
        return null;
    }

    /** Starts the API refused for good, or that never got an answer. */
    int refused() {
        return refused.get();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
