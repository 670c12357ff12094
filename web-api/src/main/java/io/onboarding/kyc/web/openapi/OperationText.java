package io.onboarding.kyc.web.openapi;

/**
 * Each operation's description in the OpenAPI document, kept here so the controllers' annotations stay short. Each
 * starts by naming the roles the route is secured with ("Role: X." or "Roles: X or Y."); OpenApiContractIT holds
 * that to the controllers' {@code @Secured}.
 */
public final class OperationText {

    public static final String START = """
            Role: PRODUCT. The journey belongs to the calling key.

            Stores the document's images (sealed) and starts the checks. The answer comes at once; poll the \
            `Location` for the outcome.

            With an `Idempotency-Key`, a retry is safe: the same key with the same body answers 200 with the journey \
            the first request started (as it is now) and `Idempotent-Replayed: true`, starting nothing, even while \
            the first is still in flight; the same key with a different body answers 409 `idempotency-key-reused`, \
            changing nothing. The same content is the same request whether it comes as JSON or as \
            multipart/form-data.

            The images can also come as raw files: `multipart/form-data` with a `journey` part (the JSON object \
            without its images) and the file parts `front` (required) and `back`. A file part is judged by its \
            bytes, not its declared Content-Type: one that is not PNG or JPEG is answered 415 naming the part; one \
            larger than 5 MiB is refused with 413 as it streams in. Unknown or repeated parts, and unknown fields in \
            the `journey` part, are refused (422); problems name the parts `front` and `back`, the JSON fields as in \
            a JSON body. A body that is not multipart delimited by its boundary is a 400 `unreadable-body`.""";

    public static final String GET = """
            Roles: PRODUCT or SUPPORT. A product key reads only the journeys it started (another key's journey is \
            answered 404); a support key reads every journey.""";

    public static final String RETAKE = """
            Role: PRODUCT, on a journey the calling key started (another key's journey is answered 404).

            The body is a document object, as in a start, of the same country and type as the journey's; problems \
            name its fields `document.…` as they would in a start.

            As `multipart/form-data`, a `document` part holds the object without its images, and the images come as \
            the file parts `front` and `back`, with the same rules as a multipart start.""";

    public static final String REVIEW = """
            Role: SUPPORT. The reviewer is the API key's name, kept in the journey's timeline and on the support \
            record with the reason. While another reviewer holds an unexpired claim on the review \
            (`POST /v1/journeys/{journeyId}/review/claim`), the decision is refused with 409 `review-claimed`, \
            changing nothing; a review nobody has claimed may be decided without a claim.""";

    public static final String CANCEL = """
            Role: SUPPORT. The body is optional; an empty body is a cancel without a reason. Cancelling a journey \
            cancelled already answers as the first cancel did. A cancel is taken whoever has claimed the journey's \
            review, and goes on the support record with its reason.""";

    public static final String CREATE_KEY = """
            Role: ADMIN. The answer holds the key's `secret`, which is shown this once: only its hash is stored. \
            Send it as `X-API-Key`. The roles are checked before the name; a problem names `roles` (`required`), \
            `roles[i]` (`one-of`) or `name` (`format`, a missing name included; `unique` when an active key has the \
            name already).""";

    public static final String LIST_KEYS = "Role: ADMIN. Never shows a secret, only its `prefix`.";

    public static final String GET_KEY = "Role: ADMIN. Never shows the secret.";

    public static final String REVOKE_KEY = """
            Role: ADMIN. Final: the key is answered 401 from then on. Idempotent: revoking a revoked key answers 200 \
            again, `revokedAt` unchanged. No body.""";

    private static final String CODEC = """
            Role: ENGINEER, as `X-API-Key` or `Authorization: Bearer` (an ENGINEER API key, or an engineer token); \
            in devstack a caller on loopback needs neither. A browser's request must come from an origin in \
            `kyc.codec.ui-origins` (else 403 `origin-not-allowed`), which the answer allows by CORS. The body is \
            Temporal's `Payloads` message in proto3 JSON (`{"payloads": [...]}`), at most `kyc.codec.max-body-size` \
            (4 MB). `X-Namespace`, when sent, must be the namespace this API serves (else 404 \
            `namespace-not-served`).""";

    public static final String ENCODE = CODEC + "\n\nEncrypts each payload with the current payload key.";

    public static final String DECODE = CODEC
            + "\n\nDecrypts each payload; payloads the codec did not encrypt (plain JSON, nulls) come back as "
            + "they are. One that cannot be decrypted is answered 422 `undecodable-payload`, naming it.";

    private OperationText() {}
}
