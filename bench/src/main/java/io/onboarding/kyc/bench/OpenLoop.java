package io.onboarding.kyc.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Open-loop load: request {@code i} is due at {@code start + i / rate} and is sent then, whether or not the
 * earlier ones have been answered, and its latency is counted from that due time, not from when it left. A server
 * (or a client) that falls behind therefore shows in the latencies instead of slowing the schedule down (no
 * coordinated omission). The client is the JDK's asynchronous HttpClient over HTTP/1.1, which opens a connection
 * per request in flight.
 */
final class OpenLoop {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * What a run gave.
     *
     * @param latenciesMs  the answered requests' latencies from their due time, sorted
     * @param errors       requests that failed, timed out or were answered with another status
     * @param sendingTook  from the first due time to the moment the last request left
     * @param answeringTook from the first due time to the last successful answer
     * @param bodies       the successful answers' bodies, in no set order
     */
    record Result(
            int sent,
            List<Double> latenciesMs,
            int errors,
            Duration sendingTook,
            Duration answeringTook,
            List<String> bodies) {

        Result {
            latenciesMs = List.copyOf(latenciesMs);
            bodies = List.copyOf(bodies);
        }

        double achievedRate() {
            double seconds = sendingTook.toNanos() / 1e9;
            return seconds <= 0 ? Double.NaN : (sent - 1) / seconds;
        }

        /** What the server kept up with: successful answers per second, from the first due time to the last. */
        double answeredRate() {
            double seconds = answeringTook.toNanos() / 1e9;
            return seconds <= 0 ? Double.NaN : latenciesMs.size() / seconds;
        }

        double percentile(double p) {
            if (latenciesMs.isEmpty()) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latenciesMs.size()) - 1;
            return latenciesMs.get(Math.max(0, Math.min(latenciesMs.size() - 1, rank)));
        }

        double max() {
            return latenciesMs.isEmpty() ? Double.NaN : latenciesMs.get(latenciesMs.size() - 1);
        }
    }

    /** Sends {@code count} requests at {@code perSecond}, the {@code i}th being {@code request.apply(i)}. */
    Result run(int count, double perSecond, int expectedStatus, IntFunction<HttpRequest> request) {
        // built before the clock starts, so that building costs nothing inside the schedule
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(request.apply(i));
        }
        double[] latencies = new double[count];
        Arrays.fill(latencies, Double.NaN);
        String[] bodies = new String[count];
        List<CompletableFuture<Void>> answers = new ArrayList<>(count);
        AtomicLong lastAnswer = new AtomicLong();
        long intervalNanos = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long lastSent = start;
        for (int i = 0; i < count; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            answers.add(http.sendAsync(requests.get(i), HttpResponse.BodyHandlers.ofString())
                    .orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((response, failure) -> {
                        long answered = System.nanoTime();
                        if (failure == null && response.statusCode() == expectedStatus) {
                            latencies[index] = (answered - due) / 1e6;
                            bodies[index] = response.body();
                            lastAnswer.accumulateAndGet(answered, Math::max);
                        }
                        return null;
                    }));
            lastSent = System.nanoTime();
        }
        try {
            CompletableFuture.allOf(answers.toArray(new CompletableFuture<?>[0]))
                    .get(PATIENCE.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // every request has its own timeout: one still open here is counted as an error below
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the load's bookkeeping failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the load ran", e);
        }
        // read once every answer is in (or given up on): the handlers wrote before their futures completed
        List<Double> answered = Arrays.stream(latencies.clone())
                .filter(l -> !Double.isNaN(l))
                .sorted()
                .boxed()
                .toList();
        List<String> ok = Arrays.stream(bodies.clone()).filter(b -> b != null).toList();
        return new Result(
                count,
                answered,
                count - answered.size(),
                Duration.ofNanos(lastSent - start),
                Duration.ofNanos(Math.max(0, lastAnswer.get() - start)),
                ok);
    }
}
