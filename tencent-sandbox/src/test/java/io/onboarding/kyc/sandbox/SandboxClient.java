package io.onboarding.kyc.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.tencent.signing.Tc3Request;
import io.onboarding.kyc.tencent.signing.Tc3Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Calls a sandbox the way a Tencent SDK does: JSON POST to {@code /}, common parameters in X-TC-* headers,
 * signed with TC3-HMAC-SHA256 by the project's signer. Each knob exists to break one part of the request.
 */
public final class SandboxClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** Version, region (null: none) and product of each action, as a real client configures them. */
    private record Target(String version, String region, String service) {}

    private static final Map<String, Target> TARGETS = Map.of(
            "RecognizeMainlandIDCardOCR", new Target("2018-11-19", "ap-singapore", "ocr"),
            "IDCardOCR", new Target("2018-11-19", "ap-guangzhou", "ocr"),
            "ApplyCardVerification", new Target("2018-03-01", "ap-singapore", "faceid"),
            "GetCardVerificationResult", new Target("2018-03-01", "ap-singapore", "faceid"),
            "ApplyCardVerificationExternal", new Target("2018-11-19", "ap-singapore", "ocr"),
            "GetCardVerificationExternalResult", new Target("2018-11-19", "ap-singapore", "ocr"));
    private static final Target FACEID = new Target("2018-03-01", null, "faceid");

    private final TencentSandbox sandbox;
    private final Clock clock;

    public SandboxClient(TencentSandbox sandbox) {
        this(sandbox, Clock.systemUTC());
    }

    /** @param clock what the client's own clock reads: the sandbox's, for one started on a test clock */
    public SandboxClient(TencentSandbox sandbox, Clock clock) {
        this.sandbox = sandbox;
        this.clock = clock;
    }

    /** A correctly signed call with the action's real product, version and (for OCR) region. */
    public Call call(String action) {
        return new Call(action);
    }

    /** The {@code Response} object of a JSON POST to {@code /} with the given parameters. */
    public JsonNode post(String action, Map<String, ?> parameters) {
        return call(action).send(parameters);
    }

    public HttpResponse<String> get(String path) {
        return exchange(
                HttpRequest.newBuilder(URI.create(sandbox.endpoint() + path)).GET());
    }

    public HttpResponse<String> delete(String path) {
        return exchange(
                HttpRequest.newBuilder(URI.create(sandbox.endpoint() + path)).DELETE());
    }

    /** A JSON POST to an admin endpoint. */
    public HttpResponse<String> postJson(String path, String json) {
        return exchange(HttpRequest.newBuilder(URI.create(sandbox.endpoint() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON PUT to an admin endpoint. */
    public HttpResponse<String> putJson(String path, String json) {
        return exchange(HttpRequest.newBuilder(URI.create(sandbox.endpoint() + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public final class Call {

        private final String action;
        private String version;
        private String region;
        private String secretId = SandboxConfig.DEV_SECRET_ID;
        private String secretKey = SandboxConfig.DEV_SECRET_KEY;
        private long timestamp = clock.instant().getEpochSecond();
        private String service;
        private String signedHost = "127.0.0.1:" + sandbox.port();
        private String contentType = "application/json; charset=utf-8";
        private String authorization;
        private boolean authorizationOverridden;
        private String token;
        private String language;

        private Call(String action) {
            this.action = action;
            Target target = TARGETS.getOrDefault(action, FACEID);
            this.version = target.version();
            this.region = target.region();
            this.service = target.service();
        }

        public Call version(String version) {
            this.version = version;
            return this;
        }

        /** Null leaves X-TC-Region out. */
        public Call region(String region) {
            this.region = region;
            return this;
        }

        public Call credentials(String secretId, String secretKey) {
            this.secretId = secretId;
            this.secretKey = secretKey;
            return this;
        }

        public Call timestamp(long timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Call service(String service) {
            this.service = service;
            return this;
        }

        public Call signedHost(String signedHost) {
            this.signedHost = signedHost;
            return this;
        }

        public Call contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /** Sends {@code X-TC-Token}, as a client with temporary (STS) credentials does. */
        public Call token(String token) {
            this.token = token;
            return this;
        }

        /** Sends {@code X-TC-Language}. */
        public Call language(String language) {
            this.language = language;
            return this;
        }

        /** Sends this Authorization header instead of the computed one; null sends none. */
        public Call authorization(String authorization) {
            this.authorization = authorization;
            this.authorizationOverridden = true;
            return this;
        }

        public JsonNode send(Map<String, ?> parameters) {
            try {
                return sendRaw(JSON.writeValueAsBytes(parameters));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public JsonNode sendRaw(String body) {
            return sendRaw(body.getBytes(StandardCharsets.UTF_8));
        }

        /** Signs exactly these bytes and returns the {@code Response} object. */
        public JsonNode sendRaw(byte[] body) {
            Tc3Request signed = new Tc3Request("POST", "", contentType, signedHost, body, timestamp, service);
            String header =
                    authorizationOverridden ? authorization : Tc3Signer.authorization(secretId, secretKey, signed);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", contentType)
                    .header("X-TC-Action", action)
                    .header("X-TC-Timestamp", Long.toString(timestamp))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (version != null) {
                request.header("X-TC-Version", version);
            }
            if (region != null) {
                request.header("X-TC-Region", region);
            }
            if (header != null) {
                request.header("Authorization", header);
            }
            if (token != null) {
                request.header("X-TC-Token", token);
            }
            if (language != null) {
                request.header("X-TC-Language", language);
            }
            HttpResponse<String> response = exchange(request);
            if (response.statusCode() != 200
                    || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                throw new AssertionError("Tencent answers HTTP 200 JSON, got " + response.statusCode() + " "
                        + response.headers().firstValue("Content-Type").orElse("(no content type)"));
            }
            try {
                JsonNode root = JSON.readTree(response.body());
                return root.get("Response");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The error code of a response, or null for a success. */
    public static String errorCode(JsonNode response) {
        JsonNode code = response.path("Error").get("Code");
        return code == null ? null : code.asText();
    }
}
