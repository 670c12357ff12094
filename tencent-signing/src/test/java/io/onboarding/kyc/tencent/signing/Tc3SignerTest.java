package io.onboarding.kyc.tencent.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tencent's public signature vectors from its API 3.0 signing documentation. */
class Tc3SignerTest {

    private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static final String HOST = "cvm.tencentcloudapi.com";

    @Test
    void postVectorMatchesTencentsPublishedSignature() {
        String body =
                "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
        Tc3Request request = new Tc3Request(
                "POST",
                "",
                "application/json; charset=utf-8",
                HOST,
                body.getBytes(StandardCharsets.UTF_8),
                1551113065L,
                "cvm");

        assertThat(Tc3Signer.signature(SECRET_KEY, request))
                .isEqualTo("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
        assertThat(Tc3Signer.scope(request)).isEqualTo("2019-02-25/cvm/tc3_request");
        assertThat(Tc3Signer.authorization(SECRET_ID, SECRET_KEY, request))
                .isEqualTo("TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/2019-02-25/cvm/tc3_request, "
                        + "SignedHeaders=content-type;host, "
                        + "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }

    @Test
    void getVectorMatchesTencentsPublishedSignature() {
        Tc3Request request = new Tc3Request(
                "GET", "Limit=10&Offset=0", "application/x-www-form-urlencoded", HOST, new byte[0], 1539084154L, "cvm");

        assertThat(Tc3Signer.signature(SECRET_KEY, request))
                .isEqualTo("5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474");
    }

    @Test
    void anyChangeToTheSignedPartsChangesTheSignature() {
        Tc3Request request = new Tc3Request(
                "POST",
                "",
                "application/json",
                "127.0.0.1:9080",
                "{}".getBytes(StandardCharsets.UTF_8),
                1_700_000_000L,
                "faceid");
        String original = Tc3Signer.signature(SECRET_KEY, request);

        assertThat(Tc3Signer.signature(
                        SECRET_KEY,
                        new Tc3Request(
                                "POST",
                                "",
                                "application/json",
                                "127.0.0.1",
                                "{}".getBytes(StandardCharsets.UTF_8),
                                1_700_000_000L,
                                "faceid")))
                .isNotEqualTo(original);
        assertThat(Tc3Signer.signature(
                        SECRET_KEY,
                        new Tc3Request(
                                "POST",
                                "",
                                "application/json",
                                "127.0.0.1:9080",
                                "{ }".getBytes(StandardCharsets.UTF_8),
                                1_700_000_000L,
                                "faceid")))
                .isNotEqualTo(original);
        assertThat(Tc3Signer.signature("other", request)).isNotEqualTo(original);
        assertThat(Tc3Signer.sameSignature(original, Tc3Signer.signature(SECRET_KEY, request)))
                .isTrue();
    }
}
