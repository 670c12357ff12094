package io.onboarding.kyc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own rules for the deployment definitions, which hadolint, the compose loader and Kubernetes' schemas do not
 * know: images run as a non-root user with a health check, the worker drains within the time it is given, compose
 * runs two workers on loopback, no secret is committed, and every setting we pass is documented.
 */
class DeploymentRulesTest {

    /** The settings our processes read; third-party images' variables (POSTGRES_*, TEMPORAL_*) are theirs. */
    private static final Pattern OUR_SETTING =
            Pattern.compile("(KYC|TENCENT|TENCENTCLOUD|MICRONAUT|SANDBOX)_[A-Z0-9_]+");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COLON = Pattern.compile(":");
    private static final Pattern BAR = Pattern.compile("\\|");

    private static final Pattern README_SETTING = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    static Stream<Path> dockerfiles() {
        return Repository.dockerfiles().stream();
    }

    // ---- images ----

    @Test
    void thereIsAnImagePerProcess() {
        assertThat(Repository.dockerfiles())
                .extracting(file -> file.getFileName().toString())
                .containsExactlyInAnyOrder("worker.Dockerfile", "web-api.Dockerfile", "tencent-sandbox.Dockerfile");
    }

    @ParameterizedTest
    @MethodSource("dockerfiles")
    void imageRunsAsANumericNonRootUser(Path dockerfile) {
        List<String> users = arguments(dockerfile, "USER");
        assertThat(users)
                .as("%s has a USER instruction", dockerfile.getFileName())
                .isNotEmpty();
        String user = COLON.split(users.get(users.size() - 1), -1)[0];
        // Numeric, so that Kubernetes' runAsNonRoot can tell without reading /etc/passwd.
        assertThat(user)
                .as("%s runs as user %s", dockerfile.getFileName(), user)
                .matches("[0-9]+")
                .isNotEqualTo("0");
    }

    @ParameterizedTest
    @MethodSource("dockerfiles")
    void imageHasAHealthcheckAndStartsTheJarLikeItsRunnableArtefact(Path dockerfile) {
        List<String> healthchecks = arguments(dockerfile, "HEALTHCHECK");
        assertThat(healthchecks)
                .as("%s has a HEALTHCHECK", dockerfile.getFileName())
                .hasSize(1);
        assertThat(healthchecks.get(0)).doesNotStartWithIgnoringCase("NONE").contains("CMD");

        String module = dockerfile.getFileName().toString().replace(".Dockerfile", "");
        List<String> entrypoints = arguments(dockerfile, "ENTRYPOINT");
        assertThat(entrypoints).hasSize(1);
        assertThat(entrypoints.get(0)).isEqualTo("[\"java\", \"-jar\", \"/app/kyc-" + module + ".jar\"]");
        assertThat(arguments(dockerfile, "EXPOSE")).isNotEmpty();
        assertThat(arguments(dockerfile, "ENV"))
                .anySatisfy(env -> assertThat(env).contains("-XX:MaxRAMPercentage="));
        assertThat(arguments(dockerfile, "FROM")).singleElement().asString().startsWith("eclipse-temurin:17-jre");
    }

    /** BuildKit reads {@code X.Dockerfile.dockerignore}: the context sent is what the image copies, nothing else. */
    @ParameterizedTest
    @MethodSource("dockerfiles")
    void dockerignoreAdmitsWhatTheImageCopies(Path dockerfile) {
        Path ignore = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
        assertThat(ignore).exists();
        List<String> rules = Repository.read(ignore)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertThat(rules.get(0))
                .as("%s starts by excluding everything", ignore.getFileName())
                .isEqualTo("*");
        for (String copy : arguments(dockerfile, "COPY")) {
            String[] words = WHITESPACE.split(copy, -1);
            for (int i = 0; i < words.length - 1; i++) {
                if (!words[i].startsWith("--")) {
                    assertThat(rules)
                            .as("%s admits %s", ignore.getFileName(), words[i])
                            .contains("!" + words[i]);
                    assertThat(Repository.ROOT.resolve(words[i]).startsWith(Repository.ROOT))
                            .isTrue();
                }
            }
        }
    }

    // ---- compose ----

    @Test
    void composeRunsTwoWorkersTheWebApiAndTheSandboxFromOurImages() {
        Map<String, Object> services = Repository.at(Repository.yaml(Repository.COMPOSE), "services");
        List<String> workers = services.entrySet().stream()
                .filter(service -> "deploy/docker/worker.Dockerfile"
                        .equals(Repository.at(service.getValue(), "build", "dockerfile")))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(workers).as("worker services in compose.yaml").hasSize(2);
        assertThat(services)
                .containsKeys("postgres", "temporal", "temporal-setup", "temporal-ui", "tencent-sandbox", "web-api");
        assertThat((String) Repository.at(services, "temporal-ui", "environment", "TEMPORAL_CODEC_ENDPOINT"))
                .endsWith("/codec");
    }

    @Test
    void composePublishesOnLoopbackOnly() {
        Map<String, Object> services = Repository.at(Repository.yaml(Repository.COMPOSE), "services");
        services.forEach((name, service) -> {
            List<Object> ports = Repository.at(service, "ports");
            if (ports != null) {
                assertThat(ports)
                        .as("ports of %s", name)
                        .allSatisfy(port -> assertThat(port).asString().startsWith("127.0.0.1:"));
            }
        });
    }

    @Test
    void composeServicesWaitForWhatTheyNeedToBeHealthyOrDone() {
        Map<String, Object> services = Repository.at(Repository.yaml(Repository.COMPOSE), "services");
        Set<String> waitedForHealthy = new TreeSet<>();
        services.forEach((name, service) -> {
            Map<String, Map<String, Object>> dependsOn = Repository.at(service, "depends_on");
            if (dependsOn != null) {
                dependsOn.forEach((dependency, condition) -> {
                    assertThat(condition.get("condition"))
                            .as("%s depends on %s", name, dependency)
                            .isIn("service_healthy", "service_completed_successfully");
                    if ("service_healthy".equals(condition.get("condition"))) {
                        waitedForHealthy.add(dependency);
                    }
                });
            }
            if (Repository.at(service, "build") != null) {
                waitedForHealthy.add(name);
            }
        });
        for (String name : waitedForHealthy) {
            assertThat(Repository.<Object>at(services, name, "healthcheck", "test"))
                    .as("%s has a healthcheck", name)
                    .isNotNull();
        }
    }

    // ---- shutdown grace ----

    @Test
    void workerIsGivenLongerThanItsShutdownGrace() {
        Duration grace = setting("KYC_WORKER_SHUTDOWN_GRACE");
        Map<String, Object> worker = kubernetesObject("Deployment", "kyc-worker");
        int terminationGrace = Repository.at(worker, "spec", "template", "spec", "terminationGracePeriodSeconds");
        assertThat(Duration.ofSeconds(terminationGrace))
                .as("kyc-worker terminationGracePeriodSeconds vs KYC_WORKER_SHUTDOWN_GRACE %s", grace)
                .isGreaterThanOrEqualTo(grace.plusSeconds(10));

        Map<String, Object> services = Repository.at(Repository.yaml(Repository.COMPOSE), "services");
        services.forEach((name, service) -> {
            Object workerGrace = Repository.at(service, "environment", "KYC_WORKER_SHUTDOWN_GRACE");
            if (workerGrace != null) {
                Duration composeGrace = duration(workerGrace.toString());
                assertThat(duration(Repository.at(service, "stop_grace_period")))
                        .as("%s stop_grace_period vs its KYC_WORKER_SHUTDOWN_GRACE %s", name, composeGrace)
                        .isGreaterThanOrEqualTo(composeGrace.plusSeconds(10));
            }
        });
    }

    @Test
    void webApiIsGivenLongerThanItsShutdownGraceAndPreStopPause() {
        Duration grace = setting("KYC_WEB_SHUTDOWN_GRACE");
        Map<String, Object> pod =
                Repository.at(kubernetesObject("Deployment", "kyc-web-api"), "spec", "template", "spec");
        List<Map<String, Object>> containers = Repository.at(pod, "containers");
        Integer preStop = Repository.at(containers.get(0), "lifecycle", "preStop", "sleep", "seconds");
        int terminationGrace = Repository.at(pod, "terminationGracePeriodSeconds");
        assertThat(Duration.ofSeconds(terminationGrace))
                .isGreaterThanOrEqualTo(
                        grace.plusSeconds(preStop == null ? 0 : preStop).plusSeconds(5));
    }

    // ---- Kubernetes ----

    @Test
    void workloadsRunAsNonRootOnAReadOnlyRootWithLimitsAndProbes() {
        for (Map<String, Object> object : kubernetesObjects()) {
            String kind = (String) object.get("kind");
            if (!kind.equals("Deployment") && !kind.equals("Job")) {
                continue;
            }
            String name = Repository.at(object, "metadata", "name");
            Map<String, Object> pod = Repository.at(object, "spec", "template", "spec");
            assertThat((Boolean) Repository.at(pod, "securityContext", "runAsNonRoot"))
                    .as("%s runAsNonRoot", name)
                    .isTrue();
            List<Map<String, Object>> containers = Repository.at(pod, "containers");
            for (Map<String, Object> container : containers) {
                assertThat((Boolean) Repository.at(container, "securityContext", "readOnlyRootFilesystem"))
                        .as("%s readOnlyRootFilesystem", name)
                        .isTrue();
                assertThat((Boolean) Repository.at(container, "securityContext", "allowPrivilegeEscalation"))
                        .as("%s allowPrivilegeEscalation", name)
                        .isFalse();
                assertThat(Repository.<Object>at(container, "resources", "limits", "memory"))
                        .as("%s memory limit", name)
                        .isNotNull();
                if (kind.equals("Deployment")) {
                    assertThat(Repository.<Object>at(container, "livenessProbe"))
                            .as("%s liveness", name)
                            .isNotNull();
                    assertThat((String) Repository.at(container, "readinessProbe", "httpGet", "path"))
                            .as("%s readiness", name)
                            .isEqualTo("/health/readiness");
                }
            }
        }
        Map<String, Object> worker = kubernetesObject("Deployment", "kyc-worker");
        assertThat((Integer) Repository.at(worker, "spec", "replicas")).isEqualTo(2);
        List<Map<String, Object>> containers = Repository.at(worker, "spec", "template", "spec", "containers");
        assertThat(Repository.<Object>at(containers.get(0), "readinessProbe", "httpGet", "port"))
                .isEqualTo("management");
        assertThat(kubernetesObject("PodDisruptionBudget", "kyc-worker")).isNotNull();
    }

    @Test
    void setupJobRegistersTheSearchAttributesThatTemporalSetupDoes() throws Exception {
        Process process = new ProcessBuilder(
                        Repository.ROOT.resolve("bin/temporal-setup").toString(), "--print-attributes")
                .redirectErrorStream(true)
                .start();
        List<String> expected = new String(
                        process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(process.waitFor()).isZero();
        assertThat(expected).isNotEmpty();

        Map<String, Object> job = kubernetesObject("Job", "kyc-temporal-setup");
        List<Map<String, Object>> containers = Repository.at(job, "spec", "template", "spec", "containers");
        List<String> args = Repository.at(containers.get(0), "args");
        Matcher block = Pattern.compile("attributes=\\(\\s*([^)]*)\\)").matcher(args.get(0));
        assertThat(block.find()).as("the Job's attributes=( ... ) list").isTrue();
        assertThat(List.of(WHITESPACE.split(block.group(1).strip(), -1))).isEqualTo(expected);
    }

    @Test
    void kustomizationListsEveryManifestButTheSecretTemplate() {
        List<String> resources =
                Repository.at(Repository.yaml(Repository.KUBERNETES.resolve("kustomization.yaml")), "resources");
        List<String> manifests = Repository.manifests().stream()
                .map(file -> file.getFileName().toString())
                .filter(name -> !name.endsWith(".example.yaml"))
                .toList();
        assertThat(resources).containsExactlyInAnyOrderElementsOf(manifests);
    }

    // ---- secrets ----

    /** A value that looks like a real key: 32 bytes in base64, a PEM private key, a Tencent SecretId, a JWT. */
    private static final List<Pattern> SECRET_VALUES = List.of(
            Pattern.compile("(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{43}=(?![A-Za-z0-9+/=])"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("AKID(?!sandboxDevelopmentKey)[0-9A-Za-z]{28,}"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}"));

    @Test
    void noSecretValueIsCommitted() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Repository.DEPLOY)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !Repository.DEPLOY.relativize(file).startsWith("target"))
                    // the real env file is git-ignored; go.sum holds module hashes, not secrets
                    .filter(file -> !file.getFileName().toString().equals(".env"))
                    .filter(file -> !file.getFileName().toString().equals("go.sum"))
                    .forEach(files::add);
        }
        for (String other : List.of("docs/deploy.md", "bin/hadolint", "bin/kubernetes-validate", "bin/compose-check")) {
            if (Files.exists(Repository.ROOT.resolve(other))) {
                files.add(Repository.ROOT.resolve(other));
            }
        }
        for (Path file : files) {
            String text = Repository.read(file);
            for (Pattern secret : SECRET_VALUES) {
                assertThat(secret.matcher(text).find())
                        .as("%s holds what looks like a secret (%s)", Repository.ROOT.relativize(file), secret)
                        .isFalse();
            }
        }

        Map<String, Object> secret = kubernetesObject("Secret", "kyc-secrets");
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> stringData = Repository.at(secret, "stringData");
        Map<String, Object> data = Repository.at(secret, "data");
        if (stringData != null) {
            values.putAll(stringData);
        }
        if (data != null) {
            values.putAll(data);
        }
        values.forEach((key, value) -> assertThat(String.valueOf(value))
                .as("the Secret template's %s is a placeholder", key)
                .matches("|REPLACE_ME[A-Z0-9_]*"));

        for (String line : Repository.read(Repository.ENV_EXAMPLE).lines().toList()) {
            if (line.startsWith("#") || !line.contains("=")) {
                continue;
            }
            String name = line.substring(0, line.indexOf('='));
            String value = line.substring(line.indexOf('=') + 1);
            if (name.matches(".*(KEY|PASSWORD|TOKEN|TOKENS|SECRET_ID|SECRET).*") && !value.isEmpty()) {
                assertThat(value)
                        .as(".env.example's %s is a placeholder or the sandbox's public development credential", name)
                        .matches("change-me.*|replace-.*|AKIDsandboxDevelopmentKey0+|sandboxDevelopmentSecretKey0+");
            }
        }
        assertThat(Repository.read(Repository.ROOT.resolve(".gitignore")).lines())
                .as(".gitignore keeps the real deploy/.env out of git")
                .contains("deploy/.env");
    }

    // ---- settings ----

    @Test
    void everySettingWePassIsInTheReadmeSettingsTable() {
        Set<String> documented = new TreeSet<>();
        Repository.read(Repository.DEPLOY.resolve("README.md"))
                .lines()
                .filter(line -> line.startsWith("|"))
                .forEach(line -> {
                    Matcher names = README_SETTING.matcher(BAR.split(line, -1)[1]);
                    while (names.find()) {
                        documented.add(names.group(1));
                    }
                });

        Set<String> used = new LinkedHashSet<>();
        Map<String, Object> services = Repository.at(Repository.yaml(Repository.COMPOSE), "services");
        services.values().stream()
                .filter(service -> Repository.at(service, "build") != null)
                .forEach(service -> {
                    Map<String, Object> environment = Repository.at(service, "environment");
                    if (environment != null) {
                        used.addAll(environment.keySet());
                    }
                });
        for (Map<String, Object> object : kubernetesObjects()) {
            switch ((String) object.get("kind")) {
                case "ConfigMap", "Secret" -> {
                    for (String field : List.of("data", "stringData")) {
                        Map<String, Object> values = Repository.at(object, field);
                        if (values != null) {
                            used.addAll(values.keySet());
                        }
                    }
                }
                case "Deployment", "Job" -> {
                    List<Map<String, Object>> containers =
                            Repository.at(object, "spec", "template", "spec", "containers");
                    for (Map<String, Object> container : containers) {
                        List<Map<String, Object>> env = Repository.at(container, "env");
                        if (env != null) {
                            env.forEach(variable -> used.add((String) variable.get("name")));
                        }
                    }
                }
                default -> {}
            }
        }
        Set<String> undocumented = new TreeSet<>();
        used.stream()
                .filter(name -> OUR_SETTING.matcher(name).matches())
                .filter(name -> !documented.contains(name))
                .forEach(undocumented::add);
        assertThat(undocumented)
                .as("settings used in deploy/compose.yaml or deploy/kubernetes but not in deploy/README.md's table")
                .isEmpty();
    }

    // ---- helpers ----

    /** The arguments of every instruction of one kind, continuation lines joined, in order. */
    static List<String> arguments(Path dockerfile, String instruction) {
        List<String> found = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Repository.read(dockerfile).lines().toList()) {
            String stripped = line.strip();
            if (current.isEmpty() && (stripped.isEmpty() || stripped.startsWith("#"))) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            current.append(stripped);
            String[] parts = WHITESPACE.split(current, 2);
            if (parts[0].equalsIgnoreCase(instruction)) {
                found.add(parts.length > 1 ? parts[1].strip().replaceAll("\\s+", " ") : "");
            }
            current.setLength(0);
        }
        return found;
    }

    static List<Map<String, Object>> kubernetesObjects() {
        List<Map<String, Object>> objects = new ArrayList<>();
        Repository.manifests().forEach(file -> objects.addAll(Repository.documents(file)));
        return objects;
    }

    static Map<String, Object> kubernetesObject(String kind, String name) {
        return kubernetesObjects().stream()
                .filter(object -> kind.equals(object.get("kind")))
                .filter(object -> name.equals(Repository.at(object, "metadata", "name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/kubernetes"));
    }

    /** A setting's value in the kyc-settings ConfigMap, as a duration. */
    static Duration setting(String name) {
        Object value = Repository.at(kubernetesObject("ConfigMap", "kyc-settings"), "data", name);
        assertThat(value).as("%s in the kyc-settings ConfigMap", name).isNotNull();
        return duration(value.toString());
    }

    /** Micronaut's and compose's short durations: 30s, 1m, 1m30s, 500ms. */
    static Duration duration(String text) {
        Matcher part = Pattern.compile("(\\d+)(ms|s|m|h)").matcher(text.strip());
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find()) {
            assertThat(part.start()).as("duration %s", text).isEqualTo(end);
            long amount = Long.parseLong(part.group(1));
            total = total.plus(
                    switch (part.group(2)) {
                        case "ms" -> Duration.ofMillis(amount);
                        case "s" -> Duration.ofSeconds(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        default -> Duration.ofHours(amount);
                    });
            end = part.end();
        }
        assertThat(end).as("duration %s", text).isEqualTo(text.strip().length()).isPositive();
        return total;
    }
}
