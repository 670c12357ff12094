package io.onboarding.kyc.devstack;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's Java test server, served over gRPC on the loopback interface only. The SDK's own
 * port-bound helper listens on every interface; a developer's laptop should not offer a workflow
 * service to the café network.
 */
final class LoopbackTemporalServer implements AutoCloseable {

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
            throw new DevstackException("The embedded Temporal service could not listen on 127.0.0.1:" + port
                    + " (" + e.getMessage() + "): set DEVSTACK_TEMPORAL_PORT to a free port.", e);
        }
    }

    int port() {
        return server.getPort();
    }

    String target() {
        return "127.0.0.1:" + port();
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
