package io.onboarding.kyc.devstack.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sandbox's admin API (docs/sandbox.md, "The admin API") as a drill uses it: the ledger of every call it
 * answered, and the faults it injects. Loopback only, where the admin API is open.
 */
public final class SandboxAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String adminUrl;

    public SandboxAdmin(String sandboxUrl) {
        this.adminUrl = sandboxUrl + "/_sandbox";
    }

    /** The sandbox's own URL, where Tencent's endpoint answers (the admin API is under it). */
    public String sandboxUrl() {
        return adminUrl.substring(0, adminUrl.length() - "/_sandbox".length());
    }

    /** Every call answered since the ledger was last cleared, in arrival order. */
    public List<LedgerCall> calls() {
        JsonNode entries = parse(send("GET", "/calls", null));
        List<LedgerCall> calls = new ArrayList<>();
        for (JsonNode entry : entries) {
            calls.add(new LedgerCall(
                    Instant.parse(entry.path("time").asText()),
                    entry.path("action").asText(),
                    entry.path("resultCode").asText(),
                    entry.path("billable").asBoolean(),
                    entry.path("latencyMs").asLong()));
        }
        return calls;
    }

    public void clearCalls() {
        send("DELETE", "/calls", null);
    }

    /** Adds faults: one {@code {action, kind, code, rate, latencyMs, count}} object, or an array of them. */
    public void addFaults(String json) {
        send("POST", "/faults", json);
    }

    public void clearFaults() {
        send("DELETE", "/faults", null);
    }

    /** The per-second quota of every action that has one of its own, and {@code *}, as {@code GET /quotas} lists them. */
    public java.util.Map<String, Integer> quotas() {
        java.util.Map<String, Integer> quotas = new java.util.LinkedHashMap<>();
        parse(send("GET", "/quotas", null))
                .properties()
                .forEach(e -> quotas.put(e.getKey(), e.getValue().asInt()));
        return quotas;
    }

    /** Changes the quotas of the actions named ({@code 0}: no limit); the others keep theirs. */
    public void setQuotas(String json) {
        send("PUT", "/quotas", json);
    }

    /** Every quota back to the sandbox's configuration and Tencent's documented limits. */
    public void resetQuotas() {
        send("DELETE", "/quotas", null);
    }

    /** The times of one action's calls, sorted. */
    public static List<Instant> times(List<LedgerCall> calls, String action) {
        return calls.stream()
                .filter(call -> call.action().equals(action))
                .map(LedgerCall::time)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** The most calls in any one-second window, [t, t + 1 s), as the sandbox's sliding window counts them. */
    public static int busiestSecond(List<Instant> sorted) {
        int busiest = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (!sorted.get(start).plusSeconds(1).isAfter(sorted.get(end))) {
                start++;
            }
            busiest = Math.max(busiest, end - start + 1);
        }
        return busiest;
    }

    private String send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(adminUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                throw new IllegalStateException("sandbox " + method + " " + path + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox's ledger is not JSON", e);
        }
    }
}
