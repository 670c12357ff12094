package io.onboarding.kyc.web.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration.NettyListenerConfiguration;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackTrustTest {

    private static final UiOrigins UI = new UiOrigins(List.of("http://127.0.0.1:8233"));
    private static final InetSocketAddress LOCAL = new InetSocketAddress(InetAddress.getLoopbackAddress(), 50_000);

    // "::1" is an address literal, so nothing is looked up; the IPv6 loopback in particular is the point.
    @SuppressWarnings("AddressSelection")
    @Test
    void trustsALoopbackCallerOnlyWhenEveryConditionHolds() {
        LoopbackTrust trust = new LoopbackTrust(true, UI);

        assertThat(trust.trusts(LOCAL, null, false)).isTrue();
        assertThat(trust.trusts(new InetSocketAddress("::1", 50_000), "http://127.0.0.1:8233", false))
                .isTrue();
        assertThat(trust.trusts(new InetSocketAddress("10.1.2.3", 50_000), null, false))
                .as("remote")
                .isFalse();
        assertThat(trust.trusts(LOCAL, "https://evil.example", false))
                .as("another origin")
                .isFalse();
        assertThat(trust.trusts(LOCAL, null, true)).as("forwarded by a proxy").isFalse();
        assertThat(trust.trusts(null, null, false)).as("no address").isFalse();
        assertThat(new LoopbackTrust(false, UI).trusts(LOCAL, null, false))
                .as("flag off or server not on loopback")
                .isFalse();
    }

    @Test
    void countsTheServerAsLoopbackOnlyWhenEveryListenerIs() {
        assertThat(LoopbackTrust.listensOnLoopbackOnly(server("127.0.0.1"))).isTrue();
        assertThat(LoopbackTrust.listensOnLoopbackOnly(server("localhost"))).isTrue();
        assertThat(LoopbackTrust.listensOnLoopbackOnly(server("::1"))).isTrue();
        assertThat(LoopbackTrust.listensOnLoopbackOnly(server("0.0.0.0"))).isFalse();
        assertThat(LoopbackTrust.listensOnLoopbackOnly(server(null)))
                .as("no host: every interface")
                .isFalse();

        NettyHttpServerConfiguration listeners = server("127.0.0.1");
        listeners.setListeners(List.of(listener("127.0.0.1"), listener("0.0.0.0")));
        assertThat(LoopbackTrust.listensOnLoopbackOnly(listeners)).isFalse();
        listeners.setListeners(List.of(listener("127.0.0.1"), listener("::1")));
        assertThat(LoopbackTrust.listensOnLoopbackOnly(listeners)).isTrue();
    }

    private static NettyHttpServerConfiguration server(String host) {
        NettyHttpServerConfiguration server = new NettyHttpServerConfiguration();
        server.setHost(host);
        return server;
    }

    private static NettyListenerConfiguration listener(String host) {
        NettyListenerConfiguration listener = new NettyListenerConfiguration(host);
        listener.setFamily(NettyListenerConfiguration.Family.TCP);
        listener.setHost(host);
        return listener;
    }
}
