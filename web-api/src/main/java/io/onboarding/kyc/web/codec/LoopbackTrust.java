package io.onboarding.kyc.web.codec;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration.NettyListenerConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Devstack's way in without a token: the Temporal UI there talks plain HTTP, so it sends no access token.
 * A caller without a token is trusted only when all of these hold: {@code kyc.codec.trust-loopback} is set,
 * the HTTP server listens on loopback only (so nobody off the machine can connect), the connection comes from
 * loopback, it carries no proxy forwarding header (a proxy on the same host would make every remote caller
 * look local), and a browser's {@code Origin}, when there is one, is a configured UI origin (so a web page
 * the engineer happens to visit cannot decode through the engineer's own machine).
 */
@Singleton
final class LoopbackTrust {

    private static final List<String> FORWARDING_HEADERS =
            List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP");

    private final boolean enabled;
    private final UiOrigins origins;

    @Inject
    LoopbackTrust(CodecSettings settings, NettyHttpServerConfiguration server, UiOrigins origins) {
        this(settings.trustLoopback() && listensOnLoopbackOnly(server), origins);
    }

    /** @param enabled the flag is set and the server listens on loopback only */
    LoopbackTrust(boolean enabled, UiOrigins origins) {
        this.enabled = enabled;
        this.origins = origins;
    }

    boolean trusts(HttpRequest<?> request) {
        boolean forwarded = FORWARDING_HEADERS.stream().anyMatch(request.getHeaders()::contains);
        return trusts(request.getRemoteAddress(), request.getHeaders().get(HttpHeaders.ORIGIN), forwarded);
    }

    boolean trusts(@Nullable InetSocketAddress remote, @Nullable String origin, boolean forwarded) {
        return enabled
                && remote != null
                && remote.getAddress() != null
                && remote.getAddress().isLoopbackAddress()
                && !forwarded
                && (origin == null || origins.allows(origin));
    }

    /** Without a host, or with a listener we cannot place, the server may be reachable from elsewhere. */
    static boolean listensOnLoopbackOnly(NettyHttpServerConfiguration server) {
        List<NettyListenerConfiguration> listeners = server.getListeners();
        if (listeners != null && !listeners.isEmpty()) {
            return listeners.stream()
                    .allMatch(listener -> listener.getFamily() == NettyListenerConfiguration.Family.TCP
                            && listener.getFd() == null
                            && listener.getAcceptedFd() == null
                            && isLoopback(listener.getHost()));
        }
        return isLoopback(server.getHost().orElse(null));
    }

    static boolean isLoopback(@Nullable String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host.trim());
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
