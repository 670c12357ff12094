package io.onboarding.kyc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployment definitions pass the tools that know their formats, without a Docker engine or a cluster:
 * hadolint for the Dockerfiles, the Compose Specification's reference loader for compose.yaml, and Kubernetes'
 * own OpenAPI schemas for the manifests. A tool's findings are the failure message.
 */
class DeploymentToolsIT {

    /** The Kubernetes version the manifests must be valid for (the oldest we support). */
    static final String KUBERNETES_VERSION = "1.30.0";

    static Stream<Path> dockerfiles() {
        return Repository.dockerfiles().stream();
    }

    static Stream<Path> manifests() {
        return Repository.manifests().stream();
    }

    @ParameterizedTest
    @MethodSource("dockerfiles")
    void dockerfilePassesHadolint(Path dockerfile) {
        Tool.Result result = Tool.installedBy("hadolint")
                .run(
                        "--no-color",
                        "--config",
                        Repository.DOCKER.resolve(".hadolint.yaml").toString(),
                        dockerfile.toString());

        assertThat(result.exitCode())
                .as("hadolint %s:%n%s", Repository.ROOT.relativize(dockerfile), result.output())
                .isZero();
    }

    @org.junit.jupiter.api.Test
    void composeFileIsValidForTheComposeSpecification() {
        Tool.Result result = Tool.installedBy("compose-check")
                .run("-env-file", Repository.ENV_EXAMPLE.toString(), Repository.COMPOSE.toString());

        assertThat(result.exitCode())
                .as("compose-check deploy/compose.yaml:%n%s", result.output())
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void manifestIsValidForKubernetes(Path manifest) {
        Tool.Result result = Tool.installedBy("kubernetes-validate")
                .run("--kubernetes-version", KUBERNETES_VERSION, "--strict", manifest.toString());

        String relative = Repository.ROOT.relativize(manifest).toString();
        assertThat(result.exitCode())
                .as("kubernetes-validate %s:%n%s", relative, result.output())
                .isZero();
        // A kind or apiVersion it has no schema for is only a warning to the tool: a typo would pass unchecked.
        List<String> warnings =
                result.output().lines().filter(line -> !line.startsWith("INFO")).toList();
        assertThat(warnings)
                .as("kubernetes-validate %s warned:%n%s", relative, result.output())
                .isEmpty();
        assertThat(result.output()).as("kubernetes-validate %s", relative).contains("passed");
    }
}
