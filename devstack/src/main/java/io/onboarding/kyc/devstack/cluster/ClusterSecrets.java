package io.onboarding.kyc.devstack.cluster;

import io.onboarding.kyc.devstack.DevstackKeys;
import io.onboarding.kyc.devstack.OwnerOnlyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The cluster's payload and sealing keys: 32 random bytes each, generated on the first start and kept in
 * {@code secrets.env} in the state directory (mode 0600), so that journeys, stored images and vendor answers
 * stay readable across restarts. Unlike the devstack's fixed public keys they are this machine's own; losing
 * the file loses every journey's payloads (start over with a new database and state directory).
 */
record ClusterSecrets(Path file, String payloadKey, String sealingKey) {

    static final String FILE = "secrets.env";
    static final String PAYLOAD_KEY = "KYC_TEMPORAL_PAYLOAD_KEY";
    static final String SEALING_KEY = "KYC_SEALING_KEY";

    static ClusterSecrets ensure(Path stateDirectory) {
        Path file = stateDirectory.resolve(FILE);
        if (Files.isRegularFile(file)) {
            Map<String, String> values = DevstackKeys.read(file);
            String payload = values.get(PAYLOAD_KEY);
            String sealing = values.get(SEALING_KEY);
            if (valid(payload) && valid(sealing)) {
                return new ClusterSecrets(file, payload, sealing);
            }
            throw new IllegalStateException(
                    file + " lacks a valid " + PAYLOAD_KEY + " or " + SEALING_KEY
                            + " (base64 of 32 bytes); restore it, or remove the state directory and the database to start over");
        }
        ClusterSecrets secrets = new ClusterSecrets(file, randomKey(), randomKey());
        secrets.write();
        return secrets;
    }

    private void write() {
        List<String> lines = List.of(
                "# The cluster's keys, generated on its first start; every worker and web API process gets them.",
                "# Losing this file makes every journey's payloads, stored images and vendor answers unreadable.",
                "export " + PAYLOAD_KEY + "=" + payloadKey,
                "export " + SEALING_KEY + "=" + sealingKey);
        OwnerOnlyFile.write(file, lines);
    }

    private static boolean valid(String base64) {
        try {
            return base64 != null && Base64.getDecoder().decode(base64).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
