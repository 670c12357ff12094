package io.onboarding.kyc.web.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads one JSON text as a {@link StrictJson} record, strictly: the whole of a JSON body
 * ({@link StrictJsonBodyReader}) or the JSON part of a multipart body. Not JSON is a 400
 * {@code unreadable-body}; JSON of the wrong shape a 422 {@code invalid-request} naming each field.
 */
@Singleton
public final class StrictJsonReader {

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

    StrictJsonReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Reads {@code json} as {@code type}, refusing it as a problem when it is not the record's strict shape.
     *
     * @param json    the JSON text's bytes
     * @param subject what problems call the text, capitalised: {@code The body}, {@code The journey part}
     */
    public <T> T read(byte[] json, Argument<T> type, String subject) {
        List<FieldViolation> violations = shapeViolations(utf8(json, subject), type.getType(), subject);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            // The text passed every check above: if it still cannot be read, the checks miss a rule.
            throw new UncheckedIOException("a strictly checked body could not be read as " + type.getTypeName(), e);
        }
    }

    private static List<FieldViolation> shapeViolations(String text, Class<?> type, String subject) {
        if (text.isBlank()) {
            throw unreadable(subject + " is empty: send " + WELL_FORMED);
        }
        try (JsonParser parser = STRICT.createParser(text)) {
            parser.nextToken();
            List<FieldViolation> violations = RecordShape.check(
                    parser, type, type.getAnnotation(StrictJson.class).value());
            if (parser.nextToken() != null) {
                throw unreadable(subject + " has data after its JSON value: send " + WELL_FORMED);
            }
            return violations;
        } catch (StreamConstraintsException e) {
            throw unreadable(subject + " is beyond the reader's limits (nested deeper than " + MAX_DEPTH
                    + " levels, or a number of more than 1000 digits)");
        } catch (JsonProcessingException e) {
            String what = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
                    ? "repeats a key"
                    : "is not well-formed JSON";
            throw unreadable(subject + " " + what + at(e.getLocation()) + ": send " + WELL_FORMED);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /** JSON text sent over a network is UTF-8 (RFC 8259 section 8.1): anything else is refused, not guessed at. */
    private static String utf8(byte[] body, String subject) {
        if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF) {
            throw unreadable(subject + " starts with a byte order mark: send " + WELL_FORMED);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw unreadable(subject + " is not UTF-8: send " + WELL_FORMED);
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static ProblemException unreadable(String detail) {
        return new ProblemException(Problem.unreadable(detail));
    }
}
