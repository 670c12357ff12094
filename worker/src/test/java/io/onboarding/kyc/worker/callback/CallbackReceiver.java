package io.onboarding.kyc.worker.callback;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * A real HTTP receiver on loopback: answers each request with the status its script gives for that request's
 * number (1 for the first), after an optional delay, and keeps what it received.
 */
public final class CallbackReceiver implements AutoCloseable {

    /** What one request carried. */
    public record Received(String body, Map<String, List<String>> headers, long receivedAtMillis) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The answer to one request: a status, sent after {@code delayMillis}. */
    public record Answer(int status, long delayMillis) {

        public static Answer of(int status) {
            return new Answer(status, 0);
        }
    }

    private final HttpServer server;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();

    public CallbackReceiver(IntFunction<Answer> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    new String(body, StandardCharsets.UTF_8),
                    Map.copyOf(exchange.getRequestHeaders()),
                    System.currentTimeMillis()));
            Answer answer = script.apply(received.size());
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                exchange.sendResponseHeaders(answer.status(), -1);
            } catch (IOException gone) {
                // the engine stopped waiting (its timeout): nothing to answer to
            }
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/kyc/events";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
