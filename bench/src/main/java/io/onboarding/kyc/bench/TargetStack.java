package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.DevstackKeys;
import io.onboarding.kyc.devstack.cluster.ClusterProcess;
import io.onboarding.kyc.devstack.drill.JourneyDatabase;
import io.onboarding.kyc.devstack.drill.SandboxAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A running engine ({@code --target URL...}, e.g. one {@code bin/cluster} started): the bench starts journeys
 * through its web API(s), reads its sandbox's ledger and its database, and kills nothing. Where it finds what it
 * needs: {@code KYC_PRODUCT_KEY} and {@code KYC_SANDBOX_URL} from the environment, else from the cluster's state
 * files ({@code .cluster/api-keys.env}, {@code .cluster/cluster.env}); {@code KYC_DB_URL}, {@code KYC_DB_USER},
 * {@code KYC_DB_PASSWORD} as for {@code bin/cluster}. Its sandbox must know the run's identities (see
 * docs/benchmarks.md).
 */
final class TargetStack implements Stack {

    private final List<String> webUrls;
    private final String productKey;
    private final String supportKey;
    private final SandboxAdmin sandbox;
    private final JourneyDatabase database;
    private final String sandboxUrl;

    private TargetStack(
            List<String> webUrls, String productKey, String supportKey, String sandboxUrl, JourneyDatabase database) {
        this.webUrls = List.copyOf(webUrls);
        this.productKey = productKey;
        this.supportKey = supportKey;
        this.sandboxUrl = sandboxUrl;
        this.sandbox = new SandboxAdmin(sandboxUrl);
        this.database = database;
    }

    static TargetStack of(List<String> webUrls, Map<String, String> env, Path root) {
        Path state = root.resolve(env.getOrDefault("CLUSTER_STATE_DIR", ".cluster"));
        Map<String, String> known = new HashMap<>();
        for (Path file : List.of(state.resolve("cluster.env"), state.resolve(DevstackKeys.FILE))) {
            if (Files.isRegularFile(file)) {
                known.putAll(DevstackKeys.read(file));
            }
        }
        known.putAll(env);
        String key = known.get(DevstackKeys.Seat.PRODUCT.variable());
        String sandbox = known.get("KYC_SANDBOX_URL");
        if (key == null || key.isBlank() || sandbox == null || sandbox.isBlank()) {
            throw new IllegalArgumentException("--target needs KYC_PRODUCT_KEY and KYC_SANDBOX_URL (in the environment,"
                    + " or in " + state + "/cluster.env and " + DevstackKeys.FILE + ")");
        }
        return new TargetStack(
                webUrls,
                key,
                known.get(DevstackKeys.Seat.SUPPORT.variable()),
                sandbox,
                new JourneyDatabase(
                        known.getOrDefault("KYC_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kyc_cluster"),
                        known.getOrDefault("KYC_DB_USER", "postgres"),
                        known.getOrDefault("KYC_DB_PASSWORD", "")));
    }

    @Override
    public List<String> webUrls() {
        return webUrls;
    }

    @Override
    public String productKey() {
        return productKey;
    }

    @Override
    public String supportKey() {
        if (supportKey == null || supportKey.isBlank()) {
            throw new IllegalStateException("this scenario needs KYC_SUPPORT_KEY (in the environment, or in the"
                    + " cluster's " + DevstackKeys.FILE + ")");
        }
        return supportKey;
    }

    @Override
    public SandboxAdmin sandbox() {
        return sandbox;
    }

    @Override
    public JourneyDatabase database() {
        return database;
    }

    @Override
    public List<ClusterProcess> workers() {
        return List.of();
    }

    @Override
    public void restartWorkers(Map<String, String> extraEnvironment) {
        throw new UnsupportedOperationException("a target's workers are not the bench's to restart");
    }

    @Override
    public Map<String, Long> pids() {
        return Map.of();
    }

    @Override
    public String description() {
        return "target " + String.join(", ", webUrls) + " (sandbox " + sandboxUrl + ")";
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
