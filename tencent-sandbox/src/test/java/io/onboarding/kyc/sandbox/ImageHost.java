package io.onboarding.kyc.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A loopback web server for ImageUrl tests: serves registered bytes, 404 for anything else. */
public final class ImageHost implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> images = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();

    public ImageHost() {
        try {
            server =
                    HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] image = images.get(exchange.getRequestURI().getPath());
                Duration delay = delays.get(exchange.getRequestURI().getPath());
                if (delay != null) {
                    try {
                        Thread.sleep(delay.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (image == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, image.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(image);
                }
            }
        });
        server.start();
    }

    /**
     * Serves {@code image} at {@code path}.
     *
     * @return the URL serving {@code image}
     */
    public String serve(String path, byte[] image) {
        images.put(path, image);
        return url(path);
    }

    /**
     * Serves {@code image} at {@code path} only after {@code delay}: a slow image server.
     *
     * @return the URL serving {@code image}
     */
    public String serveSlowly(String path, byte[] image, Duration delay) {
        delays.put(path, delay);
        return serve(path, image);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
