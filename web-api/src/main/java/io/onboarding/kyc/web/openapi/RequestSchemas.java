package io.onboarding.kyc.web.openapi;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.Map;

/**
 * How the request bodies and the problem answer look on the wire, for the document only: nothing reads or writes
 * these records. The records the API binds (web.journey, web.auth, web.problem) say no more than their fields'
 * names and Java types; the rules that read them (StartJourneyValidator, StrictJsonReader, KeyController) give the
 * enums, lengths and patterns written here. OpenApiContractIT checks that each schema has exactly the bound
 * record's fields, so a field added there and not here fails the build.
 */
public final class RequestSchemas {

    static final String UNKNOWN_FIELDS = "Unknown fields are refused (422, rule `unknown-field`).";
    static final String CUSTOMER_REF =
            "The product's own reference for the customer; opaque, never a name or ID number.";
    static final String CUSTOMER_REF_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";
    static final String CALLBACK_URL = """
            Where the journey's signed callbacks go (docs/callbacks.md): an absolute https URL with a host, at most \
            2048 characters, without user information or a fragment (rules `length`, `format`, `https`). It must \
            not point at a loopback or internal address (`public-address`), and must be on the installation's \
            allow-list of hosts when it has one (`allowed-host`).""";

    private RequestSchemas() {}

    @Schema(
            name = "StartJourneyRequest",
            description = UNKNOWN_FIELDS,
            additionalProperties = AdditionalPropertiesValue.FALSE)
    public record StartJourney(
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    description = CUSTOMER_REF,
                    minLength = 1,
                    maxLength = 128,
                    pattern = CUSTOMER_REF_PATTERN)
            String customerRef,

            Document document,
            @Nullable Declared declared,

            @Schema(
                    requiredMode = RequiredMode.NOT_REQUIRED,
                    format = "uri",
                    maxLength = 2048,
                    description = CALLBACK_URL)
            String callbackUrl) {}

    @Schema(name = "Document", description = """
                    The identity document. CHN takes an ID_CARD; AUTO (with type AUTO) lets the journey find out \
                    what the card is; the other countries take the cards Tencent verifies for them, some with their \
                    back side. Unknown fields are refused (422, rule `unknown-field`).""", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Document(
            @Schema(
                    type = "string",
                    requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {
                        "CHN", "AUTO", "BGD", "HKG", "IDN", "JPN", "MYS", "NGA", "PAK", "PHL", "SGP", "THA", "TWN"
                    })
            String country,

            @Schema(
                    type = "string",
                    requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {"ID_CARD", "PASSPORT", "DRIVING_LICENSE", "AUTO"})
            String type,

            Image front,
            @Nullable Image back) {}

    @Schema(name = "Image", description = UNKNOWN_FIELDS, additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Image(
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    format = "byte",
                    maxLength = 6990508,
                    pattern = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
                    description = """
                                    A PNG or JPEG image of at most 5 MiB, in standard base64 (RFC 4648 section 4: \
                                    the alphabet A-Z a-z 0-9 + /, padded with = to a multiple of 4 characters). \
                                    Padding is required; line breaks, the URL-safe alphabet (- _) and a `data:` \
                                    prefix are refused (rule `base64`). The image must read as a whole PNG or JPEG \
                                    (`image-format`, `image-decodable`) of at least 600 × 378 pixels either way \
                                    round, at most 16384 pixels a side and 50 megapixels (`image-dimensions`).""")
            String imageBase64) {}

    @Schema(name = "Declared", description = """
                    What the customer typed into the product's form, compared with the card. Unknown fields are \
                    refused (422, rule `unknown-field`).""", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Declared(
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, minLength = 1, maxLength = 64, description = """
                                    1-64 characters (code points). Printable only (rule `printable`): no control \
                                    characters (Unicode Cc: NUL, tab, line breaks, …), no format characters (Cf: \
                                    bidirectional overrides and isolates such as U+202E, zero-width characters, the \
                                    byte order mark), no unpaired surrogates (Cs), private-use (Co) or unassigned \
                                    (Cn) code points, no line or paragraph separators (Zl, Zp).""")
            String name,

            @Schema(
                    requiredMode = RequiredMode.NOT_REQUIRED,
                    pattern = "^[0-9]{17}[0-9Xx]$",
                    description = "An 18-character mainland resident ID number with a valid GB 11643 check character.")
            String idNumber) {}

    @Schema(name = "StartJourneyForm", description = """
                    The `journey` part of a multipart start: a start's JSON object without its images, which come as \
                    the file parts. Unknown fields (an image object among them) are refused (422, rule \
                    `unknown-field`).""", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record StartJourneyForm(
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    description = CUSTOMER_REF,
                    minLength = 1,
                    maxLength = 128,
                    pattern = CUSTOMER_REF_PATTERN)
            String customerRef,

            DocumentFields document,
            @Nullable Declared declared,

            @Schema(
                    requiredMode = RequiredMode.NOT_REQUIRED,
                    format = "uri",
                    maxLength = 2048,
                    description = CALLBACK_URL)
            String callbackUrl) {}

    @Schema(name = "DocumentFields", description = """
                    A document without its images: the `document` of a multipart start's `journey` part, and the \
                    `document` part of a multipart retake. Unknown fields are refused (422, rule `unknown-field`).""", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record DocumentFields(
            @Schema(
                    type = "string",
                    requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {
                        "CHN", "AUTO", "BGD", "HKG", "IDN", "JPN", "MYS", "NGA", "PAK", "PHL", "SGP", "THA", "TWN"
                    })
            String country,

            @Schema(
                    type = "string",
                    requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {"ID_CARD", "PASSPORT", "DRIVING_LICENSE", "AUTO"})
            String type) {}

    /** A multipart start: the parts by name. */
    @Schema(name = "StartJourneyMultipart", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record StartMultipart(
            StartJourneyForm journey,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    type = "string",
                    format = "binary",
                    description = ApiText.FRONT_FILE)
            String front,

            @Schema(
                    requiredMode = RequiredMode.NOT_REQUIRED,
                    type = "string",
                    format = "binary",
                    description = ApiText.BACK_FILE)
            String back) {}

    /** A multipart retake: the parts by name. */
    @Schema(name = "RetakeMultipart", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record RetakeMultipart(
            DocumentFields document,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    type = "string",
                    format = "binary",
                    description = ApiText.FRONT_FILE)
            String front,

            @Schema(
                    requiredMode = RequiredMode.NOT_REQUIRED,
                    type = "string",
                    format = "binary",
                    description = ApiText.BACK_FILE)
            String back) {}

    static final String REASON = """
            Why, in a person's words; kept in the journey's timeline as one line. 1-500 characters (code points), \
            not blank, printable only (rule `printable`, as for `declared.name`: no control or format characters, \
            so no line breaks and no bidirectional overrides).""";

    @Schema(
            name = "ReviewRequest",
            description = "Unknown fields are refused (422, rule `unknown-field`); the reviewer is the API key's name.",
            additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Review(
            @Schema(
                    type = "string",
                    requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {"APPROVE", "REJECT"})
            String decision,

            @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1, maxLength = 500, description = REASON)
            String reason) {}

    @Schema(
            name = "CancelRequest",
            description = UNKNOWN_FIELDS,
            additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Cancel(
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, minLength = 1, maxLength = 500, description = REASON)
            String reason) {}

    @Schema(name = "KeyRequest", description = UNKNOWN_FIELDS, additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Key(
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    minLength = 1,
                    maxLength = 64,
                    pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
                    description = """
                                    1-64 ASCII letters, digits, `.`, `-` and `_`, starting with a letter or digit \
                                    (rule `format`); no other active key may have it (rule `unique`). It names the \
                                    reviewer of the decisions taken with the key.""")
            String name,

            @ArraySchema(
                    minItems = 1,
                    arraySchema =
                            @Schema(
                                    requiredMode = RequiredMode.REQUIRED,
                                    description = "At least one (rule `required`); each one of the roles (rule "
                                            + "`one-of`, field `roles[i]`)."),
                    schema =
                            @Schema(
                                    type = "string",
                                    allowableValues = {"PRODUCT", "SUPPORT", "ENGINEER", "ADMIN", "PII_READ"}))
            List<String> roles) {}

    @Schema(name = "Problem", description = "An RFC 9457 problem-details body; `errors` only when fields break rules.")
    public record Problem(
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    format = "uri",
                    description = "https://kyc-journeys.dev/problems/ and a slug, e.g. invalid-request, "
                            + "unreadable-body.")
            String type,

            @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED) int status,

            @Schema(requiredMode = RequiredMode.REQUIRED, description = "What is wrong; never quotes the request body.")
            String detail,

            @Nullable List<FieldViolation> errors) {}

    @Schema(name = "FieldViolation", description = "One broken rule.")
    public record FieldViolation(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = """
                                    The JSON field as a dotted path (`document.front.imageBase64`), `body` for the \
                                    body itself, a multipart part's name (`front`, `back`), or a header's name \
                                    (`Idempotency-Key`).""")
            String field,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    description = "A stable, machine-readable rule name, e.g. required, type, unknown-field.")
            String rule,

            @Schema(requiredMode = RequiredMode.REQUIRED) String message) {}

    @Schema(
            name = "Payloads",
            description = "Temporal's `Payloads` message in proto3 JSON.",
            additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Payloads(@Nullable List<Payload> payloads) {}

    @Schema(name = "Payload", description = "One payload: its metadata and data, each value standard base64.")
    public record Payload(
            @Schema(
                    requiredMode = RequiredMode.NOT_REQUIRED,
                    description = "Metadata entries by name (`encoding`, `encryption-key-id`, ...), base64.")
            Map<String, String> metadata,

            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, format = "byte")
            String data) {}
}
