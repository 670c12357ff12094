package io.onboarding.kyc.web.json;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the body of a {@link StrictJson} record. Micronaut's own JSON reading is lenient on purpose: it
 * turns {@code 12345} and {@code ["a"]} into strings, ignores unknown fields and anything after the value.
 * For the API that hides client bugs (a mistyped {@code "polcy"} silently does nothing), so these bodies are
 * checked strictly first, and only a body that passes is handed to Micronaut's reader.
 *
 * <p>Not JSON (not UTF-8, a byte order mark, a repeated key, data after the value, nested deeper than
 * {@value StrictJsonReader#MAX_DEPTH}) is a 400 {@code unreadable-body}; JSON of the wrong shape (a wrong type, an unknown
 * field) is a 422 {@code invalid-request} naming each field. Problems never quote the body.
 */
@Singleton
@Order(StrictJsonBodyReader.ORDER)
@Consumes(MediaType.APPLICATION_JSON)
final class StrictJsonBodyReader<T> implements MessageBodyReader<T> {

    /** Ahead of Micronaut's JSON reader (order -10), which would read these bodies leniently. */
    static final int ORDER = -100;

    private final StrictJsonReader reader;

    StrictJsonBodyReader(StrictJsonReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return type.getType().isAnnotationPresent(StrictJson.class)
                && (mediaType == null || mediaType.matches(MediaType.APPLICATION_JSON_TYPE));
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream input) throws CodecException {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new CodecException("the request body could not be received", e);
        }
        return reader.read(body, type, "The body");
    }
}
