package io.onboarding.kyc.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.devstack.drill.JourneyDatabase.JourneyState;
import io.onboarding.kyc.sandbox.Identity;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 15, item 4, the web API under open-loop load ({@link OpenLoop}): starts at a fixed rate, then reads of the
 * journeys just started ({@code GET /v1/journeys/{id}}) at the same rate, each phase measured on its own with its
 * latency percentiles, errors, and the rate the client actually achieved (one small machine may not keep the
 * schedule). The journeys started run on the workers meanwhile, at the sandbox's quotas: that is the background
 * work of the read phase. They are cancelled once the load ends, so the stack is left idle.
 */
final class ApiScenario implements Scenario {

    static final int RATE = 200;
    private static final int SECONDS = 30;
    private static final int SMOKE_STARTS = 50;
    private static final int SMOKE_GETS = 200;
    /** Reads sent before the measured ones, unrecorded, so the first JIT compilations of the route stay out. */
    private static final int WARM_UP_GETS = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "api";
    }

    @Override
    public int journeys(boolean smoke) {
        return smoke ? SMOKE_STARTS : RATE * SECONDS;
    }

    @Override
    public ScenarioResult run(Stack stack, IdentityPool pool, boolean smoke) {
        int starts = journeys(smoke);
        int gets = smoke ? SMOKE_GETS : RATE * SECONDS;
        List<Identity> identities = pool.take(starts);
        List<String> bodies = StartBodies.render(identities, "bench-api-" + System.currentTimeMillis());
        Workers.allRunning(stack);
        stack.sandbox().clearFaults();
        List<String> urls = stack.webUrls();

        Instant first = Instant.now();
        OpenLoop load = new OpenLoop();
        OpenLoop.Result started = load.run(
                starts,
                RATE,
                202,
                i -> HttpRequest.newBuilder(URI.create(urls.get(i % urls.size()) + "/v1/journeys"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", stack.productKey())
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
                        .build());
        List<String> journeys =
                started.bodies().stream().map(ApiScenario::journeyId).toList();
        if (journeys.isEmpty()) {
            throw new IllegalStateException("the API started none of " + starts + " journeys at " + RATE + "/s");
        }

        load.run(WARM_UP_GETS, RATE, 200, i -> get(stack, urls, journeys, i));
        OpenLoop.Result read = load.run(gets, RATE, 200, i -> get(stack, urls, journeys, i));
        Instant loadEnded = Instant.now();

        // the background work, as it stood when the load ended
        Map<String, JourneyState> states = stack.database().states(journeys);
        long finished = states.values().stream()
                .filter(s -> s.status().equals("COMPLETED") || s.status().equals("FAILED"))
                .count();
        List<String> unfinished = journeys.stream()
                .filter(j -> {
                    JourneyState state = states.get(j);
                    return state == null
                            || !(state.status().equals("COMPLETED")
                                    || state.status().equals("FAILED"));
                })
                .toList();
        int refused = new SupportDesk(stack).cancelAll(unfinished);
        JourneyTally after =
                JourneyTally.await(stack.database(), journeys, StartBodies.APPROVED, Duration.ofMinutes(5));

        List<Figure> figures = new ArrayList<>();
        figures.addAll(phase("start", started, 50));
        figures.addAll(phase("get", read, 10));
        figures.add(Figure.count("journeys started", journeys.size()));
        figures.add(Figure.count("finished when the load ended", finished));
        figures.add(Figure.count("cancelled after the load", unfinished.size() - refused));
        figures.add(Figure.count("cancellations refused", refused));
        figures.add(Figure.atMost("stuck after the cancellations", after.stuck(), "", 0));
        List<String> notes = new ArrayList<>();
        notes.add(starts + " starts, then " + gets + " reads (after " + WARM_UP_GETS + " unrecorded), each at " + RATE
                + "/s, open loop over the JDK's async HttpClient (HTTP/1.1) from one process; latency counted from"
                + " each request's due time; achieved rate: requests sent per second (the client's schedule);"
                + " answered rate: successful answers per second until the last (what the stack kept up with)");
        notes.add("background: the " + journeys.size() + " journeys started ran on "
                + stack.workers().size()
                + " worker(s) during the read phase, at the sandbox's quotas and the workers' default limits; "
                + finished + " had finished when the load ended, " + (unfinished.size() - refused)
                + " were then cancelled (not counted in any latency)");
        notes.add("the load ran " + Duration.between(first, loadEnded).toMillis() / 1000.0
                + " s; the client shares the machine's cores with the whole stack");
        return new ScenarioResult(
                name(), smoke, starts, first, Duration.between(first, Instant.now()), figures, notes, null);
    }

    private static HttpRequest get(Stack stack, List<String> urls, List<String> journeys, int i) {
        return HttpRequest.newBuilder(
                        URI.create(urls.get(i % urls.size()) + "/v1/journeys/" + journeys.get(i % journeys.size())))
                .timeout(Duration.ofSeconds(30))
                .header("X-API-Key", stack.productKey())
                .GET()
                .build();
    }

    private static List<Figure> phase(String name, OpenLoop.Result result, double p99Goal) {
        return List.of(
                Figure.of(name + ": target rate", RATE, "/s"),
                Figure.of(name + ": achieved rate", result.achievedRate(), "/s"),
                Figure.of(name + ": answered rate", result.answeredRate(), "/s"),
                Figure.count(name + ": requests", result.sent()),
                Figure.atMost(name + ": errors", result.errors(), "", 0),
                Figure.of(name + ": p50", result.percentile(50), "ms"),
                Figure.atMost(name + ": p99", result.percentile(99), "ms", p99Goal),
                Figure.of(name + ": max", result.max(), "ms"));
    }

    private static String journeyId(String body) {
        try {
            return JSON.readTree(body).path("journeyId").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a start's answer was not JSON", e);
        }
    }
}
