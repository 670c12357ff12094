package io.onboarding.kyc.web.hostile;

import io.onboarding.kyc.web.hostile.HostileClient.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what a client library will not send: a request line or headers of an
 * exact size, a Content-Length the body does not keep, a connection that stalls. Every request asks the
 * server to close afterwards, so an answer is everything read until it does.
 */
final class RawHttp {

    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private RawHttp() {}

    /** The head of a request: request line, {@code Host}, {@code Connection: close}, the given header lines, blank line. */
    static String head(String method, String target, String... headerLines) {
        StringBuilder head = new StringBuilder(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    static Answer exchange(URI base, String head, byte[] body) {
        try (Socket socket = open(base)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (SocketException e) {
                    // the server may answer and close before the whole body is sent; its answer is still there
                }
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(head.lines().findFirst().orElse(""), e);
        }
    }

    static Socket open(URI base) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    /** Reads until the server closes, then splits status line, headers and body. */
    static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            in.transferTo(received);
        } catch (SocketException e) {
            // a reset after the answer (the server closed with our unread body pending) ends the read too
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete answer, only: " + text);
        }
        List<String> lines = text.substring(0, end).lines().toList();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        int status = Integer.parseInt(lines.get(0).split(" ", -1)[1]);
        String body = text.substring(end + 4);
        return new Answer(
                status,
                new Answer(status, "", body, headers).header("Content-Type").orElse(""),
                body,
                headers);
    }
}
