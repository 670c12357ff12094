package io.onboarding.kyc.web.openapi;

/**
 * The prose of the OpenAPI document that more than one operation shares: what each refusal means, the headers,
 * the path parameters. Constants, so that the controllers' annotations name them and the processor copies the
 * text into the generated document at compile time.
 */
public final class ApiText {

    public static final String PROBLEM = "application/problem+json";
    public static final String YAML = "application/yaml";

    /** The security schemes' names. */
    public static final String API_KEY = "apiKey";

    public static final String BEARER = "bearer";

    public static final String UNREADABLE_BODY = """
            `unreadable-body`: not one JSON value in UTF-8 (a byte order mark, a repeated key, data after the \
            value, nested deeper than 32 levels, a number of more than 1000 digits), no body where one is required, \
            or a multipart body not delimited by its boundary.""";
    public static final String UNAUTHENTICATED =
            "`unauthenticated`: no `X-API-Key`, or one that is unknown or revoked.";
    public static final String FORBIDDEN =
            "`forbidden`: the API key is active but holds none of the roles this operation needs.";
    public static final String JOURNEY_NOT_FOUND =
            "`journey-not-found`: there is no journey with this id, or it belongs to another product key.";
    public static final String KEY_NOT_FOUND =
            "`not-found`: there is no API key with this id, nor an active key with this name.";
    public static final String NOT_WAITING =
            "`journey-not-waiting`: the journey is not waiting for this now; nothing changed.";
    public static final String IDEMPOTENCY_KEY_REUSED = """
            `idempotency-key-reused`: this API key sent a different request with this `Idempotency-Key`; nothing \
            changed. `errors[0]` names the field `Idempotency-Key`, rule `same-request`. Use a new key for a new \
            request.""";
    public static final String TOO_LARGE = """
            `too-large`: the body is larger than the API accepts (16 MiB), or a multipart file part is larger than \
            an image may be (5 MiB; `errors` names the part).""";
    public static final String UNSUPPORTED_MEDIA_TYPE = """
            `unsupported-media-type`: send `application/json` (a start or a retake: or `multipart/form-data`); in a \
            multipart body, a file part that is not a PNG or JPEG image by its bytes (`errors` names the part, rule \
            `image-format`).""";
    public static final String INVALID_REQUEST = """
            `invalid-request`: the request breaks one or more rules; `errors` names each field and rule \
            (`required`, `type`, `unknown-field`, `format`, `printable`, `max-length`, `base64`, `image-format`, \
            `image-decodable`, `image-dimensions`, `supported-country`, `supported-type`, `same-document`, `one-of`, \
            `unique`, …), or a header's (`Idempotency-Key`, rule `format`).""";
    public static final String NOT_ACCEPTABLE =
            "`http-406`: the `Accept` header takes neither `application/json` nor `application/problem+json`.";
    public static final String BODY_NOT_TAKEN = """
            `unsupported-media-type`: this operation reads no body; one sent with a `Content-Type` other than \
            `application/json` is refused.""";
    public static final String INTERNAL_ERROR =
            "`internal-error`: the request failed on our side (the database or Temporal could not be reached); "
                    + "it is safe to retry.";

    public static final String ACCEPTED =
            "Taken; the body is the journey as it is now, the `Location` header its address.";
    public static final String REPLAYED = """
            A retry under the same `Idempotency-Key` with the same body: nothing new was started; the body is the \
            journey the first request started, as it is now.""";
    public static final String JOURNEY_LOCATION = "/v1/journeys/{journeyId}";
    public static final String REPLAYED_HEADER = "`true`: this answer repeats an earlier request's.";

    public static final String JOURNEY_ID =
            "An id is `jny_` and 26 characters; any other id is answered 404 `journey-not-found`.";
    public static final String JOURNEY_ID_PATTERN = "^jny_[0-9abcdefghjkmnpqrstvwxyz]{26}$";
    public static final String KEY_ID = """
            A key's id (`key_` and 32 hexadecimal digits), or the name of an active key; anything else is answered \
            404 `not-found`.""";
    public static final String IDEMPOTENCY_KEY = """
            Makes a start safe to retry: a UUID or ULID of the client's, new for each new request. 1-255 visible \
            ASCII characters, no spaces; otherwise 422 `invalid-request`, field `Idempotency-Key`, rule `format` \
            (checked after the body). Kept at least 24 hours (48 unless configured), per API key: another key's use of the same value is a \
            different request.""";
    public static final String IDEMPOTENCY_KEY_PATTERN = "^[!-~]{1,255}$";

    public static final String FRONT_FILE = "The front side, a PNG or JPEG file of at most 5 MiB.";
    public static final String BACK_FILE =
            "The back side, a PNG or JPEG file of at most 5 MiB, where the document needs it.";
    public static final String IMAGE_TYPES = "image/png, image/jpeg";

    private ApiText() {}
}
