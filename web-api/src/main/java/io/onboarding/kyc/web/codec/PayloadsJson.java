package io.onboarding.kyc.web.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The codec protocol's body: a Temporal {@code Payloads} message in proto3 JSON, in and out.
 *
 * <p>Protobuf's JSON parser is lenient (single quotes, a repeated key, anything after the object), so the body
 * is first read strictly as one JSON object. Problems say what is wrong, never quote the body: it holds
 * customer data.
 */
final class PayloadsJson {

    static final String SHAPE = "{\"payloads\":[{\"metadata\":{\"encoding\":\"<base64>\"},\"data\":\"<base64>\"}]}";

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

    private PayloadsJson() {}

    static List<Payload> read(byte[] body) {
        checkStrictJson(body);
        Payloads.Builder payloads = Payloads.newBuilder();
        try {
            JsonFormat.parser().merge(new String(body, StandardCharsets.UTF_8), payloads);
        } catch (InvalidProtocolBufferException e) {
            // The parser's message quotes values; only whether it was the base64 is taken from it.
            boolean base64 = String.valueOf(e.getMessage()).contains("DecodingException");
            throw unreadable(
                    base64
                            ? "A metadata value or data is not base64"
                            : "The body is not Temporal's Payloads: send " + SHAPE);
        }
        return payloads.getPayloadsList();
    }

    static String write(List<Payload> payloads) {
        try {
            return PRINTER.print(Payloads.newBuilder().addAllPayloads(payloads).build());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("a Payloads message always prints as JSON", e);
        }
    }

    private static void checkStrictJson(byte[] body) {
        try (JsonParser parser = STRICT.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw unreadable("The body must be one JSON object: " + SHAPE);
            }
            parser.skipChildren();
            if (!atEnd(parser)) {
                throw unreadable("The body has data after its JSON object");
            }
        } catch (IOException e) {
            throw unreadable("The body is not valid JSON (UTF-8, no repeated keys)");
        }
    }

    private static boolean atEnd(JsonParser parser) {
        try {
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static ProblemException unreadable(String detail) {
        return new ProblemException(Problem.of("unreadable-body", "The request could not be read", 400, detail));
    }
}
