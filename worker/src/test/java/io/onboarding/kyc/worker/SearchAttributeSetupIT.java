package io.onboarding.kyc.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.contract.temporal.JourneySearchAttributes;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.common.SearchAttributeKey;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journey search attributes reach Temporal's own server both ways they can: the worker registers them
 * at start-up, and {@code bin/temporal-setup} prepares a namespace of a real cluster. Both are idempotent,
 * and both agree with {@link JourneySearchAttributes}.
 */
class SearchAttributeSetupIT {

    private static final Path SETUP = Path.of("..", "bin", "temporal-setup");
    private static WorkflowServiceStubs service;
    private static OperatorServiceStubs operator;

    @BeforeAll
    static void connect() {
        service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setTarget(TemporalDevServer.shared().target())
                .build());
        operator = OperatorServiceStubs.newServiceStubs(OperatorServiceStubsOptions.newBuilder()
                .setChannel(service.getRawChannel())
                .validateAndBuildWithDefaults());
    }

    @AfterAll
    static void disconnect() {
        operator.shutdownNow();
        service.shutdownNow();
    }

    @Test
    void theWorkerRegistersEveryAttributeAndDoesSoAgainWithoutComplaint() {
        SearchAttributeRegistration registration =
                new SearchAttributeRegistration(service, TemporalDevServer.NAMESPACE);

        registration.ensureRegistered();
        registration.ensureRegistered();

        assertThat(registered(TemporalDevServer.NAMESPACE)).containsAllEntriesOf(expected());
    }

    @Test
    void theSetupScriptCreatesANamespaceAndRegistersTheSameAttributesTwice() throws Exception {
        String namespace = "kyc-setup-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(runSetup("--namespace", namespace).exit())
                .as("no namespace, not asked to create")
                .isEqualTo(1);
        Run first = runSetup("--namespace", namespace, "--create-namespace");
        Run again = runSetup("--namespace", namespace);

        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(registered(namespace)).containsExactlyInAnyOrderEntriesOf(expected());
    }

    @Test
    void theScriptListsExactlyTheAttributesTheWorkflowUpserts() throws Exception {
        Run listed = run(List.of(SETUP.toString(), "--print-attributes"));

        assertThat(listed.output().lines().toList())
                .containsExactlyInAnyOrderElementsOf(JourneySearchAttributes.ALL.stream()
                        .map(key -> key.getName() + "=" + scriptType(key))
                        .toList());
    }

    private static Map<String, IndexedValueType> expected() {
        return JourneySearchAttributes.ALL.stream()
                .collect(Collectors.toMap(SearchAttributeKey::getName, SearchAttributeKey::getValueType));
    }

    private static Map<String, IndexedValueType> registered(String namespace) {
        return operator.blockingStub()
                .listSearchAttributes(ListSearchAttributesRequest.newBuilder()
                        .setNamespace(namespace)
                        .build())
                .getCustomAttributesMap();
    }

    /** INDEXED_VALUE_TYPE_DATETIME -> Datetime, as the temporal CLI spells types. */
    private static String scriptType(SearchAttributeKey<?> key) {
        String type = key.getValueType().name().substring("INDEXED_VALUE_TYPE_".length());
        return type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
    }

    private static Run runSetup(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                SETUP.toString(), "--address", TemporalDevServer.shared().target(), "--wait", "20"));
        command.addAll(List.of(args));
        return run(command);
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private record Run(int exit, String output) {}
}
