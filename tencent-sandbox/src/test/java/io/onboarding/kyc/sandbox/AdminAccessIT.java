package io.onboarding.kyc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The admin endpoints are open on loopback only; elsewhere they need the configured bearer token. */
class AdminAccessIT {

    private static final String TOKEN = "s3cret-admin-token";

    @Test
    void loopbackIsOpenWithOrWithoutAToken() throws IOException {
        for (String address : new String[] {"127.0.0.1", "127.8.9.10", "::1"}) {
            InetAddress bound = InetAddress.getByName(address);
            assertThat(AdminAccess.forBinding(bound, null).decide(null)).isEqualTo(AdminAccess.Decision.ALLOW);
            assertThat(AdminAccess.forBinding(bound, TOKEN).decide(null)).isEqualTo(AdminAccess.Decision.ALLOW);
        }
    }

    @Test
    void elsewhereWithoutATokenConfiguredTheAdminApiDoesNotExist() throws IOException {
        for (String address : new String[] {"0.0.0.0", "10.1.2.3", "192.168.1.20", "::"}) {
            AdminAccess access = AdminAccess.forBinding(InetAddress.getByName(address), null);
            assertThat(access.decide(null)).isEqualTo(AdminAccess.Decision.NOT_FOUND);
            assertThat(access.decide("Bearer anything")).isEqualTo(AdminAccess.Decision.NOT_FOUND);
        }
    }

    @Test
    void elsewhereTheConfiguredBearerTokenIsRequired() throws IOException {
        AdminAccess access = AdminAccess.forBinding(InetAddress.getByName("10.1.2.3"), TOKEN);

        assertThat(access.decide(null)).isEqualTo(AdminAccess.Decision.UNAUTHORIZED);
        assertThat(access.decide("Bearer wrong")).isEqualTo(AdminAccess.Decision.UNAUTHORIZED);
        assertThat(access.decide("Basic " + TOKEN)).isEqualTo(AdminAccess.Decision.UNAUTHORIZED);
        assertThat(access.decide("Bearer " + TOKEN)).isEqualTo(AdminAccess.Decision.ALLOW);
        assertThat(access.decide("bearer " + TOKEN)).isEqualTo(AdminAccess.Decision.ALLOW);
        assertThat(AdminAccess.forBinding(InetAddress.getByName("10.1.2.3"), "  ")
                        .decide("Bearer   "))
                .isEqualTo(AdminAccess.Decision.NOT_FOUND);
    }

    /**
     * A sandbox bound to the wildcard address, which is not loopback, reached only through 127.0.0.1: no traffic
     * leaves the machine, yet the decision is the one a LAN-facing sandbox makes.
     */
    @Test
    void aSandboxOnTheWildcardAddressGuardsItsAdminApi() throws Exception {
        try (TencentSandbox open = TencentSandbox.start(
                        SandboxConfig.defaults().withHost("0.0.0.0").withPort(0));
                TencentSandbox guarded = TencentSandbox.start(
                        SandboxConfig.defaults().withHost("0.0.0.0").withPort(0).withAdminToken(TOKEN))) {
            assertThat(get(open.port(), "/_sandbox/calls", null).statusCode()).isEqualTo(404);
            assertThat(get(open.port(), "/_sandbox/health", null).statusCode()).isEqualTo(404);

            HttpResponse<String> refused = get(guarded.port(), "/_sandbox/calls", null);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(get(guarded.port(), "/_sandbox/calls", "Bearer nope").statusCode())
                    .isEqualTo(401);
            assertThat(get(guarded.port(), "/_sandbox/calls", "Bearer " + TOKEN).statusCode())
                    .isEqualTo(200);
            assertThat(get(guarded.port(), "/_sandbox/faults", "Bearer " + TOKEN)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
