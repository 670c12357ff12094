package io.onboarding.kyc.web.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.web.TestApplication;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web API checks its Temporal settings before its HTTP server binds: with a namespace Temporal does not
 * know it never listens, and says which setting to fix; with working settings it starts as before.
 */
class TemporalStartupCheckIT {

    @Test
    void aNamespaceTemporalDoesNotKnowStopsTheStartBeforeTheServerListens() {
        int port = TemporalDevServer.freePort();
        Map<String, Object> properties = properties(port);
        properties.put("kyc.temporal.namespace", "no-such-namespace");

        assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, properties))
                .hasMessageContaining("no namespace 'no-such-namespace'")
                .hasMessageContaining("KYC_TEMPORAL_NAMESPACE");
        assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
    }

    @Test
    void workingSettingsPassTheCheckAndTheServerListens() throws IOException {
        int port = TemporalDevServer.freePort();

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties(port))) {
            assertThat(server.isRunning()).isTrue();
            connect(port);
        }
    }

    private static Map<String, Object> properties(int port) {
        Map<String, Object> properties =
                new HashMap<>(TestApplication.properties(Base64.getEncoder().encodeToString(new byte[32])));
        properties.put("micronaut.server.port", String.valueOf(port));
        properties.put("kyc.temporal.target", TemporalDevServer.shared().target());
        properties.put("kyc.temporal.namespace", TemporalDevServer.NAMESPACE);
        // off for the other web API tests (application-test.yml); this one is about the check
        properties.put("kyc.temporal.check-on-start", "true");
        return properties;
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        }
    }
}
