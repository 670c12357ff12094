package io.onboarding.kyc.web.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The OpenAPI document's head: what the API is, its tags and how a caller proves who it is. micronaut-openapi
 * reads this with the controllers' annotations at compile time and writes {@code META-INF/swagger/kyc-web-api.yml}.
 */
@OpenAPIDefinition(
        info = @Info(title = "kyc-journeys web API", version = "0.1.0", description = """
                                Product flows start eKYC onboarding journeys and read their outcome; support reviewers \
                                decide the journeys that wait for a person; administrators issue and revoke the API keys \
                                all of them call with; engineers decode Temporal payloads.

                                **Every `/v1` route needs an API key** in the `X-API-Key` header (security scheme \
                                `apiKey`), holding the role the operation names (`PRODUCT`, `SUPPORT`, `ADMIN`; each \
                                operation's description starts with them, and its security requirement lists them). No \
                                key, or an unknown or revoked one, is answered 401 `unauthenticated`; a key without the \
                                role, 403 `forbidden`. A product key sees only the journeys it started: another key's \
                                journey is answered 404 `journey-not-found`, as if it did not exist. A key holds one or \
                                more roles; `PII_READ` only widens what its other roles may read, and `ENGINEER` is for \
                                the Temporal codec endpoint (`/codec/encode`, `/codec/decode`), which also takes the key \
                                as `Authorization: Bearer`. `GET /openapi.yml` and the views of this document \
                                (`/swagger-ui`, `/redoc`) need no key. The first `ADMIN` key is made with `bin/kyc-keys`.

                                **Request bodies are read strictly.** A body is one JSON object in UTF-8: no byte order \
                                mark, no repeated key, nothing after the object, nested at most 32 levels deep; otherwise \
                                the answer is 400 `unreadable-body`. Every value must have its field's JSON type: a \
                                number, boolean, array or object where a string is expected is refused, never turned into \
                                a string (422 `invalid-request`, rule `type`). **Unknown fields are refused, not \
                                ignored** (422 `invalid-request`, rule `unknown-field`): every request schema below says \
                                `additionalProperties: false`. A field whose own name is not 1-64 printable ASCII \
                                characters without a dot is named by its position in its object, e.g. `document.#2`.

                                Every error is a problem-details body (RFC 9457, `application/problem+json`) whose \
                                `errors` name each field and the rule it breaks. A refused request changes nothing. \
                                Besides the answers each operation lists, any request may be refused before a route sees \
                                it: 404 `not-found` (an unknown path), 405 `method-not-allowed` (with `Allow`), 414 \
                                `uri-too-long` (a request line over 4096 bytes), 431 `headers-too-large` (header lines \
                                over 8192 bytes together) and 400 `malformed-request`.
                                """),
        servers = @Server(url = "/", description = "The server that serves this document"),
        tags = {
            @Tag(name = "Journeys", description = "Start journeys, send retakes, read outcomes, review and cancel"),
            @Tag(name = "API keys", description = "Administrators issue, list and revoke API keys"),
            @Tag(name = "Codec", description = "Temporal's codec-server protocol, for engineers and the Temporal UI")
        })
@SecurityScheme(
        name = ApiText.API_KEY,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        paramName = "X-API-Key",
        description = """
                An API key's secret (`kyc_` and 43 characters), issued by `POST /v1/api-keys` or `bin/kyc-keys`. \
                Missing, unknown or revoked: 401 `unauthenticated`. Without the operation's role: 403 `forbidden`.""")
@SecurityScheme(name = ApiText.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", description = """
                The codec endpoint only: an ENGINEER API key (or an engineer token from KYC_CODEC_ENGINEER_TOKENS) as \
                `Authorization: Bearer <key>`, what Temporal's CLI sends with `--codec-auth`.""")
final class ApiDocument {

    private ApiDocument() {}
}
