package io.onboarding.kyc.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The sandbox's own endpoints under {@code /_sandbox/}: health and the call ledger. They are not part of
 * Tencent's API and are served only on a loopback-bound sandbox, since the ledger shows who was checked when.
 */
final class AdminHandler implements HttpHandler {

    static final String PREFIX = "/_sandbox/";

    private final CallLedger ledger;
    private final boolean enabled;

    AdminHandler(CallLedger ledger, boolean enabled) {
        this.ledger = ledger;
        this.enabled = enabled;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (!enabled) {
                send(exchange, 404, status("NOT_FOUND"));
            } else if (path.equals(PREFIX + "health")) {
                if (method.equals("GET")) {
                    send(exchange, 200, status("UP"));
                } else {
                    send(exchange, 405, status("METHOD_NOT_ALLOWED"));
                }
            } else if (path.equals(PREFIX + "calls")) {
                calls(exchange, method);
            } else {
                send(exchange, 404, status("NOT_FOUND"));
            }
        } finally {
            exchange.close();
        }
    }

    private void calls(HttpExchange exchange, String method) throws IOException {
        switch (method) {
            case "GET" -> send(exchange, 200, ledgerJson());
            case "DELETE" -> {
                ledger.clear();
                exchange.sendResponseHeaders(204, -1);
            }
            default -> send(exchange, 405, status("METHOD_NOT_ALLOWED"));
        }
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
