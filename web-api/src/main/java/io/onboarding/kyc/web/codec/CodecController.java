package io.onboarding.kyc.web.codec;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.onboarding.kyc.contract.temporal.PayloadEncryptionCodec;
import io.onboarding.kyc.contract.temporal.TemporalSettings;
import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.OperationText;
import io.onboarding.kyc.web.openapi.RequestSchemas;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.codec.PayloadCodecException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporal's codec-server protocol, so the Web UI shows engineers readable histories: {@code POST /codec/decode}
 * and {@code /codec/encode} take and give a {@code Payloads} message in proto3 JSON, through the same
 * {@link PayloadEncryptionCodec} the worker and the API use. {@link CodecGuard} has already decided who the
 * caller is; this class logs it, with the count, and never any content.
 */
// CodecGuard admits engineers (and, in devstack, loopback) before Micronaut Security is asked
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/codec")
@ExecuteOn(TaskExecutors.BLOCKING)
final class CodecController {

    private static final Logger LOG = LoggerFactory.getLogger(CodecController.class);
    static final String NAMESPACE_HEADER = "X-Namespace";

    private final PayloadEncryptionCodec codec;
    private final String namespace;
    private final long maxBodySize;

    CodecController(PayloadEncryptionCodec codec, TemporalSettings temporal, CodecSettings settings) {
        this.codec = codec;
        this.namespace = temporal.namespace();
        this.maxBodySize = settings.maxBodySize();
    }

    @Post(uri = "/encode", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "encodePayloads",
            summary = "Encrypt payloads for Temporal",
            description = OperationText.ENCODE,
            security = {
                @SecurityRequirement(name = ApiText.API_KEY, scopes = "ENGINEER"),
                @SecurityRequirement(name = ApiText.BEARER, scopes = "ENGINEER")
            })
    @Tag(name = "Codec")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RequestSchemas.Payloads.class))
            })
    @CodecRefusals
    @ApiResponse(
            responseCode = "200",
            description = "The payloads, encoded, in the order sent.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RequestSchemas.Payloads.class)))
    @ApiResponse(
            responseCode = "400",
            description = ApiText.UNREADABLE_BODY,
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    String encode(
            @Body byte[] body,
            @Parameter(description = "The Temporal namespace the payloads belong to; only the one this API serves.")
                    @Nullable
                    @Header(NAMESPACE_HEADER)
                    String requestedNamespace,
            @RequestAttribute(CodecCaller.ATTRIBUTE) CodecCaller caller) {
        List<Payload> payloads = read("encode", body, requestedNamespace, caller);
        List<Payload> encoded = codec.encode(payloads);
        LOG.info("codec encode by {} in namespace {}: {} payload(s)", caller.name(), namespace, payloads.size());
        return PayloadsJson.write(encoded);
    }

    /** Payloads the codec did not encrypt (plain JSON, nulls) come back as they are. */
    @Post(uri = "/decode", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decodePayloads",
            summary = "Decrypt payloads for the Temporal UI and CLI",
            description = OperationText.DECODE,
            security = {
                @SecurityRequirement(name = ApiText.API_KEY, scopes = "ENGINEER"),
                @SecurityRequirement(name = ApiText.BEARER, scopes = "ENGINEER")
            })
    @Tag(name = "Codec")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RequestSchemas.Payloads.class))
            })
    @CodecRefusals
    @ApiResponse(
            responseCode = "200",
            description = "The payloads, decoded, in the order sent.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RequestSchemas.Payloads.class)))
    @ApiResponse(
            responseCode = "400",
            description = ApiText.UNREADABLE_BODY,
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    @ApiResponse(
            responseCode = "422",
            description =
                    "`undecodable-payload`: a payload could not be decrypted with the keys this API holds; `errors` names it (`payloads/i`, rule `decodable`).",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    String decode(
            @Body byte[] body,
            @Parameter(description = "The Temporal namespace the payloads belong to; only the one this API serves.")
                    @Nullable
                    @Header(NAMESPACE_HEADER)
                    String requestedNamespace,
            @RequestAttribute(CodecCaller.ATTRIBUTE) CodecCaller caller) {
        List<Payload> payloads = read("decode", body, requestedNamespace, caller);
        List<Payload> decoded = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            try {
                decoded.addAll(codec.decode(List.of(payloads.get(i))));
            } catch (PayloadCodecException e) {
                LOG.warn(
                        "codec decode by {} in namespace {} failed at payload {} of {}",
                        caller.name(),
                        namespace,
                        i + 1,
                        payloads.size());
                throw undecodable(i, payloads.size(), e);
            }
        }
        LOG.info("codec decode by {} in namespace {}: {} payload(s)", caller.name(), namespace, payloads.size());
        return PayloadsJson.write(decoded);
    }

    /**
     * Only our namespace's payloads are sealed with our keys: another namespace gets 404 rather than our key
     * applied to its data. No {@code X-Namespace} (curl, older clients) means ours.
     */
    private List<Payload> read(String operation, byte[] body, @Nullable String requestedNamespace, CodecCaller caller) {
        if (requestedNamespace != null && !requestedNamespace.isBlank() && !requestedNamespace.equals(namespace)) {
            LOG.warn("codec {} by {} refused: a namespace other than {}", operation, caller.name(), namespace);
            throw new ProblemException(Problem.of(
                    "namespace-not-served",
                    "Namespace not served here",
                    404,
                    "This codec endpoint serves only the Temporal namespace '" + namespace + "'"));
        }
        if (body.length > maxBodySize) {
            throw new ProblemException(Problem.of(
                    "too-large",
                    "Request too large",
                    413,
                    "The codec endpoint reads at most " + maxBodySize + " bytes"));
        }
        return PayloadsJson.read(body);
    }

    /** The codec's own words (an unknown key id, a failed tag) name no payload content, so they are passed on. */
    private static ProblemException undecodable(int index, int count, PayloadCodecException e) {
        String reason = e.getMessage() != null ? e.getMessage() : "it cannot be decrypted with the keys this API holds";
        return new ProblemException(Problem.of(
                        "undecodable-payload",
                        "A payload could not be decoded",
                        422,
                        "Payload " + (index + 1) + " of " + count + " could not be decoded: " + reason)
                .withErrors(List.of(new FieldViolation("payloads/" + index, "decodable", reason))));
    }
}
