package io.onboarding.kyc.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.onboarding.kyc.sandbox.action.Action;
import io.onboarding.kyc.sandbox.action.ActionCall;
import io.onboarding.kyc.sandbox.action.ActionRegistry;
import io.onboarding.kyc.sandbox.action.ActionResult;
import io.onboarding.kyc.sandbox.action.Product;
import io.onboarding.kyc.sandbox.auth.SignedRequest;
import io.onboarding.kyc.sandbox.auth.Tc3Authenticator;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tencent API 3.0 endpoint: authenticate, resolve the action, check version and region, parse the body,
 * run the action. Every answer is HTTP 200 JSON, as the SDKs expect, and every call lands in the ledger.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    /** Tencent's limit for one API 3.0 request. */
    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final Set<String> ALL_SERVICES = Arrays.stream(Product.values()).map(Product::service)
            .collect(Collectors.toUnmodifiableSet());

    private final Tc3Authenticator authenticator;
    private final ActionRegistry actions;
    private final CallLedger ledger;

    ApiHandler(Tc3Authenticator authenticator, ActionRegistry actions, CallLedger ledger) {
        this.authenticator = authenticator;
        this.actions = actions;
        this.ledger = ledger;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Instant time = Instant.now();
            long started = System.nanoTime();
            String requestId = UUID.randomUUID().toString();
            String actionName = header(exchange, "X-TC-Action");
            Answer answer = answer(exchange, actionName, requestId);
            long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            // Recorded before the answer leaves, so a client that has its answer also finds it in the ledger.
            ledger.record(new LedgerEntry(time, actionName == null ? "" : actionName, requestId, answer.resultCode(),
                    answer.billable(), latencyMs, IdentityTagger.tag(answer.subject())));
            LOG.debug("{} {} -> {} billable={} {} ms", actionName, requestId, answer.resultCode(), answer.billable(),
                    latencyMs);
            send(exchange, Envelope.JSON.writeValueAsBytes(answer.body()));
        } finally {
            exchange.close();
        }
    }

    /** One call's response body and accounting; {@code subject} is whom it concerned, raw, for tagging only. */
    private record Answer(ObjectNode body, String resultCode, boolean billable, String subject) {

        static Answer of(ActionResult result, String requestId, ActionCall call) {
            return new Answer(Envelope.success(result.fields(), requestId), result.resultCode(), result.billable(),
                    call.subject().orElse(null));
        }

        /** Errors are never billed. */
        static Answer of(ApiError error, String requestId, ActionCall call) {
            return new Answer(Envelope.error(error, requestId), error.code(), false,
                    call == null ? null : call.subject().orElse(null));
        }
    }

    private Answer answer(HttpExchange exchange, String actionName, String requestId) {
        ActionCall call = null;
        try {
            byte[] body = readBody(exchange.getRequestBody());
            Optional<Action> action = actions.find(actionName);
            authenticator.verify(new SignedRequest(exchange.getRequestMethod(), rawQuery(exchange),
                    header(exchange, "Authorization"), header(exchange, "Content-Type"), header(exchange, "Host"),
                    header(exchange, "X-TC-Timestamp"), body, scopeServices(action)));
            if (actionName == null || actionName.isBlank()) {
                throw ApiError.missingParameter("Action");
            }
            Action resolved = action.orElseThrow(() -> new ApiError(ErrorCodes.INVALID_ACTION,
                    "The action `" + actionName + "` does not exist or is not served by this sandbox."));
            resolved.spec().checkHeaders(header(exchange, "X-TC-Version"), header(exchange, "X-TC-Region"));
            if (!exchange.getRequestMethod().equals("POST")) {
                throw new ApiError(ErrorCodes.UNSUPPORTED_OPERATION, "The sandbox accepts POST requests with a JSON body only.");
            }
            call = ActionCall.parse(resolved.spec(), body);
            return Answer.of(resolved.handle(call), requestId, call);
        } catch (ApiError error) {
            return Answer.of(error, requestId, call);
        } catch (RuntimeException | IOException e) {
            // Class and frame only: an exception message might quote request data.
            LOG.warn("{} {} failed unexpectedly: {} at {}", actionName, requestId, e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            return Answer.of(new ApiError(ErrorCodes.INTERNAL_ERROR, "An internal error occurred."), requestId, call);
        }
    }

    private static Set<String> scopeServices(Optional<Action> action) {
        return action.map(known -> Set.of(known.spec().product().service())).orElse(ALL_SERVICES);
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiError(ErrorCodes.REQUEST_SIZE_LIMIT_EXCEEDED, "The request body exceeds 10 MB.");
        }
        return body;
    }

    private static String rawQuery(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? "" : query;
    }

    private static String header(HttpExchange exchange, String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    private static void send(HttpExchange exchange, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
