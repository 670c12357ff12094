package io.onboarding.kyc.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waiting for a process a test started (a packaged jar run as production would) to answer on its health route. */
public final class ProcessHealth {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ProcessHealth() {}

    /**
     * Returns once {@code health} answers 200; fails at once when the process ends first (its log says why), or
     * after {@code patience}.
     */
    public static void awaitHealthy(Process process, URI health, Duration patience, String log) {
        HttpRequest request =
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("the process ended with status " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting: asked again below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + health, e);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(health + " did not answer 200 within " + patience + "; see " + log);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + health, e);
            }
        }
    }
}
