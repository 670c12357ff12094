package io.onboarding.kyc.contract.temporal;

import static io.onboarding.kyc.contract.temporal.TemporalSetting.API_KEY;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.CONNECT_TIMEOUT;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.NAMESPACE;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TARGET;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TLS_CA_FILE;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TLS_CERT_FILE;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TLS_ENABLED;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TLS_KEY_FILE;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TLS_SERVER_NAME;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks once, before a process serves, that its Temporal settings work: the frontend answers at the target
 * within {@code connect-timeout}, and the namespace exists. Without it a wrong target retries forever in the
 * SDK (the web API's calls, the worker's polls) while probes and logs say little; with it the process stops
 * with a message that names the setting to fix.
 *
 * <p>A frontend that is starting (connection refused, no answer yet) is asked again until the timeout; an
 * answer that cannot get better by waiting (TLS refused, credentials refused, not Temporal) ends the check at
 * once.
 */
@Singleton
public class TemporalConnectionCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TemporalConnectionCheck.class);
    private static final Duration PAUSE = Duration.ofMillis(500);

    private final WorkflowServiceStubs service;
    private final TemporalSettings settings;
    private final boolean tls;
    private volatile boolean passed;

    public TemporalConnectionCheck(WorkflowServiceStubs service, TemporalSettings settings, TemporalTlsSettings tls) {
        this.service = service;
        this.settings = settings;
        this.tls = TemporalChannelSecurity.of(settings, tls).tlsOn();
    }

    /** Returns once Temporal answered and knows the namespace; throws {@link TemporalSettingException} else. */
    public synchronized void verify() {
        if (passed) {
            return;
        }
        if (!settings.checkOnStart()) {
            LOG.warn("Not checking the connection to Temporal at start (kyc.temporal.check-on-start is false)");
            passed = true;
            return;
        }
        long deadline = System.nanoTime() + settings.connectTimeout().toNanos();
        reachFrontend(deadline);
        findNamespace(deadline);
        passed = true;
        LOG.info(
                "Temporal answers at {} ({}), namespace {}",
                settings.target(),
                tls ? "TLS" : "plaintext",
                settings.namespace());
    }

    private void reachFrontend(long deadline) {
        while (true) {
            try {
                service.blockingStub()
                        .withDeadlineAfter(remaining(deadline), TimeUnit.NANOSECONDS)
                        .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
                return;
            } catch (StatusRuntimeException e) {
                failIfFinal(e);
                if (System.nanoTime() + PAUSE.toNanos() >= deadline) {
                    throw new TemporalSettingException(
                            "Temporal did not answer at " + settings.target() + " ("
                                    + TARGET.variable() + ") within " + seconds(settings.connectTimeout()) + " ("
                                    + CONNECT_TIMEOUT.variable() + "): " + describe(e) + ". Check the address and port"
                                    + (tls
                                            ? ", and that the frontend speaks TLS."
                                            : ", and whether the frontend needs TLS (" + TLS_ENABLED.variable() + ")."),
                            e);
                }
                pause();
            }
        }
    }

    private void findNamespace(long deadline) {
        try {
            service.blockingStub()
                    .withDeadlineAfter(
                            Math.max(remaining(deadline), Duration.ofSeconds(2).toNanos()), TimeUnit.NANOSECONDS)
                    .describeNamespace(DescribeNamespaceRequest.newBuilder()
                            .setNamespace(settings.namespace())
                            .build());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                throw new TemporalSettingException(
                        "Temporal at " + settings.target() + " has no namespace '"
                                + settings.namespace() + "', which " + NAMESPACE.variable() + " names. Create it"
                                + " (bin/temporal-setup --create-namespace) or fix " + NAMESPACE.variable() + ".",
                        e);
            }
            if (e.getStatus().getCode() == Status.Code.PERMISSION_DENIED) {
                throw new TemporalSettingException(
                        "Temporal at " + settings.target() + " does not let this process"
                                + " use namespace '" + settings.namespace() + "' (" + NAMESPACE.variable() + "): "
                                + describe(e) + ". Check the namespace, and the identity of " + credentials() + ".",
                        e);
            }
            failIfFinal(e);
            throw new TemporalSettingException(
                    "Temporal at " + settings.target() + " did not describe namespace '"
                            + settings.namespace() + "' (" + NAMESPACE.variable() + ") within "
                            + seconds(settings.connectTimeout()) + " (" + CONNECT_TIMEOUT.variable() + "): "
                            + describe(e)
                            + ".",
                    e);
        }
    }

    /** Failures that another attempt would only repeat. */
    private void failIfFinal(StatusRuntimeException e) {
        String handshake = tlsFailure(e);
        if (handshake != null) {
            throw new TemporalSettingException(
                    "TLS with Temporal at " + settings.target() + " (" + TARGET.variable()
                            + ") failed: " + handshake + ". Check " + TLS_CA_FILE.variable()
                            + ", the CA of the frontend's"
                            + " certificate; " + TLS_SERVER_NAME.variable() + ", the name in that certificate; and "
                            + TLS_CERT_FILE.variable() + " with " + TLS_KEY_FILE.variable()
                            + ", the client certificate, if the frontend asks for one.",
                    e);
        }
        switch (e.getStatus().getCode()) {
            case UNAVAILABLE, DEADLINE_EXCEEDED -> {
                // not up yet, or not there at all: asked again until the timeout
            }
            case UNAUTHENTICATED, PERMISSION_DENIED ->
                throw new TemporalSettingException(
                        "Temporal at "
                                + settings.target() + " (" + TARGET.variable()
                                + ") refused this process's credentials: "
                                + describe(e) + ". Check " + credentials() + ".",
                        e);
            default ->
                throw new TemporalSettingException(
                        "What answers at " + settings.target() + " (" + TARGET.variable()
                                + ") does not behave as a Temporal frontend: " + describe(e) + ".",
                        e);
        }
    }

    private String credentials() {
        return settings.hasApiKey()
                ? API_KEY.variable()
                : TLS_CERT_FILE.variable() + " and " + TLS_KEY_FILE.variable() + ", or " + API_KEY.variable();
    }

    /**
     * What went wrong in the handshake, or null if it was not the handshake: the innermost cause below the first
     * {@link SSLException}, since the outer ones often say only "General OpenSslEngine problem".
     */
    private static String tlsFailure(Throwable e) {
        Throwable ssl = e;
        while (ssl != null && !(ssl instanceof SSLException)) {
            ssl = ssl.getCause();
        }
        if (ssl == null) {
            return null;
        }
        Throwable innermost = ssl;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    /** The status, its description and what lies under it ("Connection refused"): never a header, so never the API key. */
    private static String describe(StatusRuntimeException e) {
        Status status = e.getStatus();
        String description = status.getDescription();
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return status.getCode()
                + (description == null ? "" : " " + description)
                + (innermost == e || innermost.getMessage() == null ? "" : " (" + innermost.getMessage() + ")");
    }

    private static long remaining(long deadline) {
        return Math.max(deadline - System.nanoTime(), Duration.ofMillis(100).toNanos());
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TemporalSettingException("interrupted while waiting for Temporal", e);
        }
    }
}
