package io.onboarding.kyc.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a support desk sends, with the support key, a few at a time: a reviewer's approval of journeys waiting for
 * review, and the cancellation of journeys a scenario must not leave running. Each returns how many the API
 * refused (anything but 202), which the scenario reports.
 */
final class SupportDesk {

    /** Decisions in flight at once: a busy review team, not a load test. */
    static final int CONNECTIONS = 8;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Stack stack;

    SupportDesk(Stack stack) {
        this.stack = stack;
    }

    /** Approves every journey; how many the API refused. */
    int approveAll(Collection<String> journeys) {
        return sendAll(journeys, "review", "{\"decision\":\"APPROVE\",\"reason\":\"bench: parked journeys woken\"}");
    }

    /** Cancels every journey (one that ended already is refused, and counted); how many the API refused. */
    int cancelAll(Collection<String> journeys) {
        return sendAll(journeys, "cancel", "{\"reason\":\"bench: load ended\"}");
    }

    private int sendAll(Collection<String> journeys, String action, String body) {
        ExecutorService connections = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<Boolean>> sent = new ArrayList<>();
            int turn = 0;
            for (String journey : journeys) {
                String url = stack.webUrls().get(turn++ % stack.webUrls().size());
                sent.add(connections.submit(() -> send(url + "/v1/journeys/" + journey + "/" + action, body)));
            }
            int refused = 0;
            for (Future<Boolean> each : sent) {
                if (!each.get()) {
                    refused++;
                }
            }
            return refused;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a " + action + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + action + "s", e);
        } finally {
            connections.shutdownNow();
        }
    }

    private boolean send(String url, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("X-API-Key", stack.supportKey())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 202;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
