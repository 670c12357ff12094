package io.onboarding.kyc.devstack;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The fallback when Temporal's CLI cannot be had: the SDK's Java test server, served over gRPC on the
 * loopback interface only (the SDK's own port-bound helper listens on every interface). No Web UI, no
 * visibility queries, nothing kept across a restart.
 */
final class LoopbackTemporalServer implements TemporalService {

    private final TestServicesStarter services;
    private final Server server;

    private LoopbackTemporalServer(TestServicesStarter services, Server server) {
        this.services = services;
        this.server = server;
    }

    /** Time runs as on the wall clock: timers wait for real. */
    static LoopbackTemporalServer start(int port) {
        TestServicesStarter services = new TestServicesStarter(true, 0);
        NettyServerBuilder builder = NettyServerBuilder.forAddress(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port), InsecureServerCredentials.create());
        GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
        try {
            return new LoopbackTemporalServer(services, builder.build().start());
        } catch (IOException e) {
            services.close();
            throw new DevstackException(
                    "The embedded Temporal service could not listen on 127.0.0.1:" + port + " (" + e.getMessage()
                            + "): set DEVSTACK_TEMPORAL_PORT to a free port.",
                    e);
        }
    }

    @Override
    public Optional<String> uiUrl() {
        return Optional.empty();
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String target() {
        return "127.0.0.1:" + server.getPort();
    }

    @Override
    public void close() {
        server.shutdown();
        try {
            if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
                server.shutdownNow();
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
        services.close();
    }
}
