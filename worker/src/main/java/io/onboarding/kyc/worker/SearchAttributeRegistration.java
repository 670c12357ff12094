package io.onboarding.kyc.worker;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.onboarding.kyc.contract.temporal.JourneySearchAttributes;
import io.onboarding.kyc.contract.temporal.TemporalConnectionCheck;
import io.onboarding.kyc.contract.temporal.TemporalSettings;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.common.SearchAttributeKey;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the journey search attributes in the namespace before any workflow upserts them. One at a
 * time, so that attributes registered by an earlier start (ALREADY_EXISTS) do not hide missing ones.
 *
 * <p>This is the worker's first call to Temporal, so it first checks the connection settings
 * ({@link TemporalConnectionCheck}): a wrong target, TLS setting or namespace stops the start with its name,
 * before any task queue is polled, rather than leaving the SDK to retry for ever.
 */
@Singleton
public class SearchAttributeRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(SearchAttributeRegistration.class);

    private final WorkflowServiceStubs service;
    private final String namespace;
    private final Runnable connectionCheck;

    @Inject
    public SearchAttributeRegistration(
            WorkflowServiceStubs service, TemporalSettings settings, TemporalConnectionCheck connectionCheck) {
        this(service, settings.namespace(), connectionCheck::verify);
    }

    /** For tests that hand over a connection made by hand, known to work. */
    SearchAttributeRegistration(WorkflowServiceStubs service, String namespace) {
        this(service, namespace, () -> {});
    }

    private SearchAttributeRegistration(WorkflowServiceStubs service, String namespace, Runnable connectionCheck) {
        this.service = service;
        this.namespace = namespace;
        this.connectionCheck = connectionCheck;
    }

    public void ensureRegistered() {
        connectionCheck.run();
        OperatorServiceStubs operator = OperatorServiceStubs.newServiceStubs(OperatorServiceStubsOptions.newBuilder()
                .setChannel(service.getRawChannel())
                .validateAndBuildWithDefaults());
        try {
            for (SearchAttributeKey<?> key : JourneySearchAttributes.ALL) {
                register(operator, key);
            }
        } finally {
            operator.shutdown();
        }
    }

    private void register(OperatorServiceStubs operator, SearchAttributeKey<?> key) {
        try {
            operator.blockingStub()
                    .addSearchAttributes(AddSearchAttributesRequest.newBuilder()
                            .setNamespace(namespace)
                            .putSearchAttributes(key.getName(), key.getValueType())
                            .build());
            LOG.info("Registered search attribute {} ({})", key.getName(), key.getValueType());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
