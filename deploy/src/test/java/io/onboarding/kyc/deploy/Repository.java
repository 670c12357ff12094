package io.onboarding.kyc.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The repository the deploy module checks: its files, parsed YAML, and the project's tool scripts. */
final class Repository {

    static final Path ROOT =
            Path.of(System.getProperty("kyc.root", "..")).toAbsolutePath().normalize();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final Path DOCKER = DEPLOY.resolve("docker");
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    static final Path COMPOSE = DEPLOY.resolve("compose.yaml");
    static final Path ENV_EXAMPLE = DEPLOY.resolve(".env.example");

    private Repository() {}

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> list(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> dockerfiles() {
        return list(DOCKER, ".Dockerfile");
    }

    /** Every Kubernetes manifest: the YAML files under deploy/kubernetes but kustomize's own file. */
    static List<Path> manifests() {
        return list(KUBERNETES, ".yaml").stream()
                .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                .toList();
    }

    static Map<String, Object> yaml(Path file) {
        return new Yaml(new LoaderOptions()).load(read(file));
    }

    /** The documents of a multi-document YAML file, empty ones left out. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(read(file))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    /** The value at a path of map keys, or null where one is missing. */
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    static <T> T at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return (T) current;
    }
}
