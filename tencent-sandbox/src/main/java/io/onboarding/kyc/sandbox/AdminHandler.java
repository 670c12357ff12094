package io.onboarding.kyc.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.onboarding.kyc.sandbox.action.ActionRegistry;
import io.onboarding.kyc.sandbox.fault.ActiveFault;
import io.onboarding.kyc.sandbox.fault.FaultInjector;
import io.onboarding.kyc.sandbox.fault.FaultSpec;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.quota.RequestQuotas;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's own endpoints under {@code /_sandbox/}, beside the Tencent endpoint and not part of Tencent's API:
 * health, the call ledger, fault injection and request quotas. Plain JSON, no signing; guarded by
 * {@link AdminAccess}.
 */
final class AdminHandler implements HttpHandler {

    static final String PREFIX = "/_sandbox/";
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final CallLedger ledger;
    private final FaultInjector faults;
    private final RequestQuotas quotas;
    private final ActionRegistry actions;
    private final AdminAccess access;

    /** @param actions the actions the sandbox serves: quotas are listed and changed for these */
    AdminHandler(
            CallLedger ledger, FaultInjector faults, RequestQuotas quotas, ActionRegistry actions, AdminAccess access) {
        this.ledger = ledger;
        this.faults = faults;
        this.quotas = quotas;
        this.actions = actions;
        this.access = access;
    }

    /** A request the admin API refuses, answered 400 with its reason. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            switch (access.decide(exchange.getRequestHeaders().getFirst("Authorization"))) {
                case NOT_FOUND -> send(exchange, 404, status("NOT_FOUND"));
                case UNAUTHORIZED -> {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"tencent-sandbox\"");
                    send(exchange, 401, status("UNAUTHORIZED"));
                }
                case ALLOW -> route(exchange);
                default -> throw new IllegalStateException();
            }
        } catch (BadRequest e) {
            send(exchange, 400, status("BAD_REQUEST").put("message", e.getMessage()));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String resource = path.substring(PREFIX.length());
        switch (resource) {
            case "health" -> {
                if (method.equals("GET")) {
                    send(exchange, 200, status("UP"));
                } else {
                    methodNotAllowed(exchange);
                }
            }
            case "calls" -> calls(exchange, method);
            case "faults" -> faults(exchange, method);
            case "quotas" -> quotas(exchange, method);
            default -> {
                if (resource.startsWith("faults/") && method.equals("DELETE")) {
                    boolean removed = faults.remove(resource.substring("faults/".length()));
                    noContentOr404(exchange, removed);
                } else {
                    send(exchange, 404, status("NOT_FOUND"));
                }
            }
        }
    }

    private void calls(HttpExchange exchange, String method) throws IOException {
        switch (method) {
            case "GET" -> send(exchange, 200, ledgerJson());
            case "DELETE" -> {
                ledger.clear();
                exchange.sendResponseHeaders(204, -1);
            }
            default -> methodNotAllowed(exchange);
        }
    }

    private void faults(HttpExchange exchange, String method) throws IOException {
        switch (method) {
            case "GET" -> {
                ArrayNode list = Envelope.JSON.createArrayNode();
                faults.list().forEach(fault -> list.add(faultJson(fault)));
                send(exchange, 200, list);
            }
            case "POST" -> {
                JsonNode body = body(exchange);
                // One fault or an array of them, so a scenario can be set up in one request.
                List<JsonNode> specs = body.isArray() ? listOf(body) : List.of(body);
                ArrayNode added = Envelope.JSON.createArrayNode();
                for (JsonNode node : specs) {
                    added.add(faultJson(add(node)));
                }
                send(exchange, 201, body.isArray() ? added : added.get(0));
            }
            case "DELETE" -> {
                faults.clear();
                exchange.sendResponseHeaders(204, -1);
            }
            default -> methodNotAllowed(exchange);
        }
    }

    private ActiveFault add(JsonNode node) {
        FaultSpec spec;
        try {
            spec = Envelope.JSON.treeToValue(node, FaultSpec.class);
        } catch (JsonProcessingException e) {
            throw new BadRequest(rootMessage(e));
        }
        if (spec == null) {
            throw new BadRequest("a fault is a JSON object: {action, kind, code, rate, latencyMs, count}");
        }
        try {
            return faults.add(spec);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private void quotas(HttpExchange exchange, String method) throws IOException {
        switch (method) {
            case "GET" -> send(exchange, 200, quotasJson());
            case "PUT" -> {
                JsonNode body = body(exchange);
                if (!body.isObject()) {
                    throw new BadRequest("quotas are a JSON object: {\"Action\": perSecond}");
                }
                Map<String, Integer> changes = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> entry : body.properties()) {
                    if (!entry.getKey().equals(RequestQuotas.EVERY_ACTION)
                            && actions.find(entry.getKey()).isEmpty()) {
                        throw new BadRequest("the sandbox serves no action named " + entry.getKey());
                    }
                    JsonNode value = entry.getValue();
                    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
                        throw new BadRequest("the quota of " + entry.getKey() + " must be 0 (no limit) or a positive "
                                + "whole number of requests per second");
                    }
                    changes.put(entry.getKey(), value.asInt());
                }
                changes.forEach(quotas::set); // all or nothing: checked first, then applied
                send(exchange, 200, quotasJson());
            }
            case "DELETE" -> {
                quotas.reset();
                exchange.sendResponseHeaders(204, -1);
            }
            default -> methodNotAllowed(exchange);
        }
    }

    private ObjectNode quotasJson() {
        ObjectNode json = Envelope.JSON.createObjectNode();
        quotas.limits(actions.specs()).forEach(json::put);
        return json;
    }

    private ArrayNode ledgerJson() {
        ArrayNode calls = Envelope.JSON.createArrayNode();
        for (LedgerEntry entry : ledger.calls()) {
            calls.addObject()
                    .put("time", entry.time().toString())
                    .put("action", entry.action())
                    .put("requestId", entry.requestId())
                    .put("resultCode", entry.resultCode())
                    .put("billable", entry.billable())
                    .put("latencyMs", entry.latencyMs())
                    .put("identity", entry.identity());
        }
        return calls;
    }

    private static ObjectNode faultJson(ActiveFault fault) {
        ObjectNode json = Envelope.JSON.valueToTree(fault.spec());
        json.put("id", fault.id());
        if (fault.remaining() != null) {
            json.put("remaining", fault.remaining());
        }
        json.put("fired", fault.fired());
        return json;
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BadRequest("the request body exceeds 64 KB");
        }
        try {
            JsonNode node = Envelope.JSON.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new BadRequest("a JSON body is required");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not valid JSON");
        }
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** Jackson wraps a record's own validation message; the tester wants that message, not the wrapping. */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (cause instanceof JsonProcessingException processing) {
            message = processing.getOriginalMessage();
        }
        return message == null ? "the fault is not valid" : message;
    }

    private static void noContentOr404(HttpExchange exchange, boolean found) throws IOException {
        if (found) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            send(exchange, 404, status("NOT_FOUND"));
        }
    }

    private static void methodNotAllowed(HttpExchange exchange) throws IOException {
        send(exchange, 405, status("METHOD_NOT_ALLOWED"));
    }

    private static ObjectNode status(String status) {
        return Envelope.JSON.createObjectNode().put("status", status);
    }

    private static void send(HttpExchange exchange, int status, Object json) throws IOException {
        byte[] body = Envelope.JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
