package io.onboarding.kyc.web.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the body of a {@link StrictJson} record. Micronaut's own JSON reading is lenient on purpose: it
 * turns {@code 12345} and {@code ["a"]} into strings, ignores unknown fields and anything after the value.
 * For the API that hides client bugs (a mistyped {@code "polcy"} silently does nothing), so these bodies are
 * checked strictly first, and only a body that passes is handed to Micronaut's reader.
 *
 * <p>Not JSON (not UTF-8, a byte order mark, a repeated key, data after the value, nested deeper than
 * {@value #MAX_DEPTH}) is a 400 {@code unreadable-body}; JSON of the wrong shape (a wrong type, an unknown
 * field) is a 422 {@code invalid-request} naming each field. Problems never quote the body.
 */
@Singleton
@Order(StrictJsonBodyReader.ORDER)
@Consumes(MediaType.APPLICATION_JSON)
final class StrictJsonBodyReader<T> implements MessageBodyReader<T> {

    /** Ahead of Micronaut's JSON reader (order -10), which would read these bodies leniently. */
    static final int ORDER = -100;
    /** The deepest request is three levels ({@code document.front.imageBase64}); more is never ours. */
    static final int MAX_DEPTH = 32;

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private static final String WELL_FORMED = "one JSON value in UTF-8, without a byte order mark, repeated keys "
            + "or anything after it, nested at most " + MAX_DEPTH + " levels deep";

    private final JsonMapper mapper;

    StrictJsonBodyReader(JsonMapper mapper) {
        this.mapper = mapper;
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
        List<FieldViolation> violations = shapeViolations(utf8(body), type.getType());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            // The body passed every check above: if it still cannot be read, the checks miss a rule.
            throw new UncheckedIOException("a strictly checked body could not be read as " + type.getTypeName(), e);
        }
    }

    private static List<FieldViolation> shapeViolations(String text, Class<?> type) {
        if (text.isBlank()) {
            throw unreadable("The body is empty: send " + WELL_FORMED);
        }
        try (JsonParser parser = STRICT.createParser(text)) {
            parser.nextToken();
            List<FieldViolation> violations = RecordShape.check(
                    parser, type, type.getAnnotation(StrictJson.class).value());
            if (parser.nextToken() != null) {
                throw unreadable("The body has data after its JSON value: send " + WELL_FORMED);
            }
            return violations;
        } catch (StreamConstraintsException e) {
            throw unreadable("The body is beyond the reader's limits (nested deeper than " + MAX_DEPTH
                    + " levels, or a number of more than 1000 digits)");
        } catch (JsonProcessingException e) {
            String what = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
                    ? "repeats a key"
                    : "is not well-formed JSON";
            throw unreadable("The body " + what + at(e.getLocation()) + ": send " + WELL_FORMED);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /** JSON text sent over a network is UTF-8 (RFC 8259 section 8.1): anything else is refused, not guessed at. */
    private static String utf8(byte[] body) {
        if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF) {
            throw unreadable("The body starts with a byte order mark: send " + WELL_FORMED);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw unreadable("The body is not UTF-8: send " + WELL_FORMED);
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static ProblemException unreadable(String detail) {
        return new ProblemException(Problem.unreadable(detail));
    }
}
