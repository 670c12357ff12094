package io.onboarding.kyc.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends requests signed with Tencent's older v1 scheme the way the Node intl-en SDK does: every parameter, common
 * ones included, form-encoded in a POST body (or the query of a GET), and {@code Signature} = base64 HMAC over
 * {@code POST<host>/?<sorted k=v&…>}. Written from Tencent's description, independently of the sandbox's checker.
 */
public final class V1Client {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final TencentSandbox sandbox;

    public V1Client(TencentSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** The common parameters of a correct request, ready to be changed before {@link #send}. */
    public Map<String, String> common(String action, String version, String region) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("Version", version);
        if (region != null) {
            parameters.put("Region", region);
        }
        parameters.put("Nonce", "48213");
        parameters.put("Timestamp", Long.toString(Instant.now().getEpochSecond()));
        parameters.put("SecretId", SandboxConfig.DEV_SECRET_ID);
        parameters.put("SignatureMethod", "HmacSHA256");
        parameters.put("RequestClient", "SDK_NODEJS_INTL_EN_TEST");
        return parameters;
    }

    /** Signs with {@code SignatureMethod} (absent means HmacSHA1) over the host with its port, then sends. */
    public JsonNode send(String method, Map<String, String> parameters, String secretKey) {
        return send(method, parameters, secretKey, "127.0.0.1:" + sandbox.port());
    }

    public JsonNode send(String method, Map<String, String> parameters, String secretKey, String signedHost) {
        Map<String, String> signed = new LinkedHashMap<>(parameters);
        String algorithm = "HmacSHA256".equals(parameters.get("SignatureMethod")) ? "HmacSHA256" : "HmacSHA1";
        signed.put("Signature", signature(secretKey, algorithm, method + signedHost + "/?" + sortedPairs(parameters)));
        return sendAsIs(method, signed);
    }

    /** Sends the parameters without signing them (for a tampered or unsigned request). */
    public JsonNode sendAsIs(String method, Map<String, String> parameters) {
        String encoded = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request;
        if (method.equals("GET")) {
            request = HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/?" + encoded))
                    .GET();
        } else {
            request = HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded));
        }
        try {
            HttpResponse<String> response = HTTP.send(
                    request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError("Tencent answers HTTP 200, got " + response.statusCode());
            }
            return SandboxClient.JSON.readTree(response.body()).get("Response");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String sortedPairs(Map<String, String> parameters) {
        return new TreeMap<>(parameters)
                .entrySet().stream()
                        .filter(entry -> !entry.getKey().equals("Signature"))
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("&"));
    }

    public static String signature(String secretKey, String algorithm, String text) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), algorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As Node's querystring does: spaces as %20, everything outside the unreserved set escaped. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
