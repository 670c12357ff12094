package io.onboarding.kyc.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Problems for requests refused before any route saw them, naming the limit or rule they broke. Netty
 * reports a request line or header block it could not decode as a failed request, which Micronaut answers
 * 413 when a part was too long and 400 otherwise, the same as for a body. The client has to know which part
 * to fix: an over-long line gets 414, over-long headers 431, a malformed head a 400 that says so.
 */
@Singleton
final class HttpRefusals {

    private final long maxBody;
    private final int maxLine;
    private final int maxHeaders;

    HttpRefusals(NettyHttpServerConfiguration server) {
        // Every route reads its body whole, so the smaller limit is the one a client meets.
        this.maxBody = Math.min(server.getMaxRequestSize(), server.getMaxRequestBufferSize());
        this.maxLine = server.getMaxInitialLineLength();
        this.maxHeaders = server.getMaxHeaderSize();
    }

    /** Empty when the request's line and headers were read. */
    Optional<Problem> undecodable(HttpRequest<?> request) {
        // Micronaut's own request type is the only place the decoder's verdict is kept.
        Throwable failure = request instanceof NettyHttpRequest<?> netty
                ? netty.getNativeRequest().decoderResult().cause()
                : null;
        if (failure == null) {
            return Optional.empty();
        }
        if (failure instanceof TooLongHttpLineException) {
            return Optional.of(Problem.of(
                    "uri-too-long",
                    "URI too long",
                    414,
                    "The request line (method, path and query, " + "version) is longer than the API accepts: at most "
                            + maxLine + " bytes"));
        }
        if (failure instanceof TooLongHttpHeaderException) {
            return Optional.of(Problem.of(
                    "headers-too-large",
                    "Request header fields too large",
                    431,
                    "The request's header fields are larger than the API accepts: at most " + maxHeaders
                            + " bytes together"));
        }
        // Netty's message may quote a header: say what, not where.
        return Optional.of(Problem.of(
                "malformed-request", "Malformed request", 400, "The request line or headers are not valid HTTP/1.1"));
    }

    Problem bodyTooLarge() {
        return Problem.of(
                "too-large",
                "Request too large",
                413,
                "The request body is larger than the API accepts: at most " + maxBody + " bytes");
    }
}
