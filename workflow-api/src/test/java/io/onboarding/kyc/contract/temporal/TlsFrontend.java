package io.onboarding.kyc.contract.temporal;

import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.stub.StreamObserver;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.DescribeNamespaceResponse;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in Temporal frontend behind TLS on loopback, answering only what the start-up check asks: the
 * system info, and a description of the one namespace it knows. Temporal's dev server serves no TLS.
 */
final class TlsFrontend implements AutoCloseable {

    static final String NAMESPACE = "kyc";
    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final Server server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private TlsFrontend(TestCertificates certificates, ClientAuth clientAuth) throws IOException {
        ServerInterceptor recordAuthorization = new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(
                    ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
                String authorization = headers.get(AUTHORIZATION);
                if (authorization != null) {
                    authorizations.add(authorization);
                }
                return next.startCall(call, headers);
            }
        };
        this.server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .sslContext(GrpcSslContexts.configure(SslContextBuilder.forServer(
                                        certificates.serverCert().toFile(),
                                        certificates.serverKey().toFile())
                                .trustManager(certificates.ca().toFile())
                                .clientAuth(clientAuth))
                        .build())
                .addService(ServerInterceptors.intercept(new Frontend(), recordAuthorization))
                .build()
                .start();
    }

    /** Only clients with a certificate the test CA signed get past the handshake. */
    static TlsFrontend requiringClientCertificates(TestCertificates certificates) throws IOException {
        return new TlsFrontend(certificates, ClientAuth.REQUIRE);
    }

    /** Server TLS only, as Temporal Cloud's API-key endpoints. */
    static TlsFrontend serverTlsOnly(TestCertificates certificates) throws IOException {
        return new TlsFrontend(certificates, ClientAuth.NONE);
    }

    String target() {
        return "127.0.0.1:" + server.getPort();
    }

    List<String> authorizations() {
        return authorizations;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    private static final class Frontend extends WorkflowServiceGrpc.WorkflowServiceImplBase {

        @Override
        public void getSystemInfo(GetSystemInfoRequest request, StreamObserver<GetSystemInfoResponse> response) {
            response.onNext(
                    GetSystemInfoResponse.newBuilder().setServerVersion("test").build());
            response.onCompleted();
        }

        @Override
        public void describeNamespace(
                DescribeNamespaceRequest request, StreamObserver<DescribeNamespaceResponse> response) {
            if (!NAMESPACE.equals(request.getNamespace())) {
                response.onError(Status.NOT_FOUND
                        .withDescription("Namespace " + request.getNamespace() + " is not found.")
                        .asRuntimeException());
                return;
            }
            response.onNext(DescribeNamespaceResponse.getDefaultInstance());
            response.onCompleted();
        }
    }
}
