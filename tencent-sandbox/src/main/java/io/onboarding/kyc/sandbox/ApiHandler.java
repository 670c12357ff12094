package io.onboarding.kyc.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.onboarding.kyc.sandbox.gateway.CallOutcome;
import io.onboarding.kyc.sandbox.gateway.Gateway;
import io.onboarding.kyc.sandbox.gateway.Lifetime;
import io.onboarding.kyc.sandbox.gateway.ReceivedRequest;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tencent endpoint's HTTP side: reads the request, lets the {@link Gateway} decide the answer, records the call
 * in the ledger and delivers the answer, which is HTTP 200 JSON unless a fault says otherwise.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    /** Tencent's limit for one API 3.0 request. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final Gateway gateway;
    private final CallLedger ledger;
    private final Lifetime lifetime;
    private final Clock clock;

    /** @param clock the sandbox's clock, so that the ledger's times agree with what the service took "now" to be */
    ApiHandler(Gateway gateway, CallLedger ledger, Lifetime lifetime, Clock clock) {
        this.gateway = gateway;
        this.ledger = ledger;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Instant time = clock.instant();
            long started = System.nanoTime();
            String requestId = UUID.randomUUID().toString();
            CallOutcome outcome = gateway.answer(read(exchange), requestId);
            if (outcome.kind() == CallOutcome.Kind.ABANDONED) {
                return; // the sandbox is closing; the connection goes with it
            }
            long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            // Recorded before the answer leaves, so a client that has its answer also finds it in the ledger; a
            // hang is recorded as it starts, since no answer ever leaves.
            ledger.record(new LedgerEntry(
                    time,
                    outcome.action() == null ? "" : outcome.action(),
                    requestId,
                    outcome.resultCode(),
                    outcome.billable(),
                    latencyMs,
                    IdentityTagger.tag(outcome.subject())));
            LOG.debug(
                    "{} {} -> {} billable={} {} ms",
                    outcome.action(),
                    requestId,
                    outcome.resultCode(),
                    outcome.billable(),
                    latencyMs);
            deliver(exchange, outcome);
        } finally {
            exchange.close();
        }
    }

    private static ReceivedRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        boolean oversized = body.length > MAX_BODY_BYTES;
        return new ReceivedRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                oversized ? new byte[0] : body,
                oversized);
    }

    /**
     * A reset or a hang sends nothing: closing an exchange whose response was never started closes the
     * connection itself, which the client sees as a connection closed without a response.
     */
    private void deliver(HttpExchange exchange, CallOutcome outcome) throws IOException {
        switch (outcome.kind()) {
            case JSON -> send(exchange, 200, "application/json", Envelope.JSON.writeValueAsBytes(outcome.body()));
            case HTTP_FAILURE ->
                send(
                        exchange,
                        outcome.httpStatus(),
                        "text/html",
                        gatewayPage(outcome.httpStatus()).getBytes(StandardCharsets.UTF_8));
            case HANG -> lifetime.pause(outcome.holdMs());
            case RESET, ABANDONED -> {
                // nothing to send
            }
            default -> throw new IllegalStateException("unhandled outcome " + outcome.kind());
        }
    }

    /** What a reverse proxy in front of an API answers when the service behind it fails: HTML, not the envelope. */
    private static String gatewayPage(int status) {
        String reason = switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Server Error";
        };
        return "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>" + status
                + " " + reason + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
