package io.onboarding.kyc.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** bin/kyc-keys against this run's database: create, list, revoke, and what each leaves behind. */
class KeyCommandIT {

    private static final Pattern SECRET = Pattern.compile("kyc_[A-Za-z0-9_-]{43}");

    private final TestDatabase db = TestDatabase.shared();
    private final Map<String, String> env =
            Map.of("KYC_DB_URL", db.url(), "KYC_DB_USER", db.user(), "KYC_DB_PASSWORD", db.password());
    private final String name = "cli-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void createShowsTheSecretOnceAndItAuthenticatesUntilRevoked() throws Exception {
        Result created = run("create", "--name", name, "--roles", "PRODUCT,PII_READ");
        assertThat(created.exit).as(created.err).isEqualTo(KeyCommand.OK);
        assertThat(created.out).contains("cannot be shown again");
        Matcher found = SECRET.matcher(created.out);
        assertThat(found.find()).as(created.out).isTrue();
        String secret = found.group();
        // printed once, and by nothing else (logging included: System.out and System.err were captured)
        assertThat(occurrences(created.out + created.err, secret)).isEqualTo(1);

        try (ApplicationContext context = KeyCommand.startContext(env)) {
            ApiKeyStore store = context.getBean(ApiKeyStore.class);
            assertThat(store.authenticate(secret))
                    .hasValueSatisfying(key -> assertThat(key.name()).isEqualTo(name));
            assertThat(store.find(name).orElseThrow().roles()).isEqualTo("PRODUCT,PII_READ");

            assertStoredWithoutSecret(secret);

            Result listed = run("list");
            assertThat(listed.exit).as(listed.err).isEqualTo(KeyCommand.OK);
            assertThat(listed.out)
                    .contains("ID", "NAME", "PREFIX", "ROLES", "CREATED", "LAST USED", "REVOKED")
                    .contains(name, secret.substring(0, 12), "PRODUCT,PII_READ")
                    .doesNotContain(secret)
                    .doesNotContainPattern(SECRET);

            Result taken = run("create", "--name", name, "--roles", "ADMIN");
            assertThat(taken.exit).isEqualTo(KeyCommand.FAILURE);
            assertThat(taken.err).contains("exists already");

            Result revoked = run("revoke", name);
            assertThat(revoked.exit).as(revoked.err).isEqualTo(KeyCommand.OK);
            assertThat(revoked.out).contains("Revoked key " + name);
            assertThat(store.authenticate(secret)).isEmpty();

            String id = store.list().stream()
                    .filter(key -> key.name().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .id();
            Result again = run("revoke", id);
            assertThat(again.exit).isEqualTo(KeyCommand.FAILURE);
            assertThat(again.err).contains("revoked already");

            Result listedAfter = run("list");
            assertThat(listedAfter
                            .out
                            .lines()
                            .filter(line -> line.startsWith(id))
                            .findFirst()
                            .orElseThrow())
                    .doesNotEndWith(" -");

            // the name is free again once its key is revoked
            Result reissued = run("create", "--name", name, "--roles", "SUPPORT");
            assertThat(reissued.exit).as(reissued.err).isEqualTo(KeyCommand.OK);
            assertThat(run("revoke", name).exit).isEqualTo(KeyCommand.OK);
        }
    }

    @Test
    void revokingAnUnknownKeyFails() {
        Result unknown = run("revoke", "no-such-key-" + UUID.randomUUID());
        assertThat(unknown.exit).isEqualTo(KeyCommand.FAILURE);
        assertThat(unknown.err).contains("no key has id");
        assertThat(unknown.out).isEmpty();
    }

    @Test
    void anUnreachableDatabaseFails() {
        Result down = run(Map.of("KYC_DB_URL", "jdbc:postgresql://127.0.0.1:1/kyc", "KYC_DB_USER", "postgres"), "list");
        assertThat(down.exit).isEqualTo(KeyCommand.FAILURE);
        assertThat(down.err).contains("kyc-keys: failed");
    }

    private void assertStoredWithoutSecret(String secret) throws Exception {
        try (Connection connection = db.connect();
                PreparedStatement query = connection.prepareStatement("SELECT * FROM api_key WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    String value = row.getString(column);
                    if (value != null) {
                        assertThat(value)
                                .as(row.getMetaData().getColumnName(column))
                                .doesNotContain(secret);
                    }
                }
                assertThat(row.getString("secret_hash"))
                        .isEqualTo(HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256")
                                        .digest(secret.getBytes(StandardCharsets.UTF_8))));
                assertThat(row.getString("prefix")).isEqualTo(secret.substring(0, 12));
                assertThat(row.next()).isFalse();
            }
        }
    }

    @Test
    void aProductKeyGetsItsCallbackSecretWhenASealingKeyIsSet() {
        Map<String, String> sealed = new java.util.HashMap<>(env);
        sealed.put("KYC_SEALING_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

        Result withSealing = run(sealed, "create", "--name", name + "-s", "--roles", "PRODUCT");
        Result without = run("create", "--name", name + "-n", "--roles", "PRODUCT");

        assertThat(withSealing.exit).as(withSealing.err).isEqualTo(KeyCommand.OK);
        assertThat(withSealing.out).contains("Callback secret").containsPattern("kcs_[A-Za-z0-9_-]{43}");
        assertThat(without.exit).as(without.err).isEqualTo(KeyCommand.OK);
        assertThat(without.out).contains("No callback secret").doesNotContain("kcs_");
    }

    private Result run(String... args) {
        return run(env, args);
    }

    /** Runs the command with System.out and System.err captured too, so that log lines are seen. */
    private static synchronized Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setOut(capturedOut);
        System.setErr(capturedErr);
        int exit;
        try {
            exit = KeyCommand.run(args, env, capturedOut, capturedErr);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        Result result = new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        originalOut.print(result.out.replaceAll(SECRET.pattern(), "kyc_<secret>"));
        originalErr.print(result.err);
        return result;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private record Result(int exit, String out, String err) {}
}
