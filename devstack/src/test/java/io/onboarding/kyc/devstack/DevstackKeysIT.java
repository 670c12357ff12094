package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.onboarding.kyc.devstack.DevstackKeys.Seat;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.callback.CallbackSecrets;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.auth.KeyCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The devstack's keys: issued once, kept in api-keys.env, reused while they work, re-issued when not. */
class DevstackKeysIT {

    private static ApplicationContext context;
    private static ApiKeyStore store;
    private static CallbackSecrets secrets;

    @TempDir
    Path state;

    @BeforeAll
    static void keyStore() {
        TestDatabase db = TestDatabase.shared();
        // with a sealing key, as devstack has: the product key gets its callback secret
        context = KeyCommand.startContext(Map.of(
                "KYC_DB_URL",
                db.url(),
                "KYC_DB_USER",
                db.user(),
                "KYC_DB_PASSWORD",
                db.password(),
                "KYC_SEALING_KEY",
                "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));
        store = context.getBean(ApiKeyStore.class);
        secrets = context.getBean(CallbackSecrets.class);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void issuesOneKeyPerRoleKeepsThemPrivateAndReusesThem() throws Exception {
        DevstackKeys first = DevstackKeys.ensure(store, state);
        Path file = state.resolve(DevstackKeys.FILE);

        assertThat(first.reused()).isFalse();
        assertThat(first.file()).contains(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        Map<String, String> written = DevstackKeys.read(file);
        for (Seat seat : Seat.values()) {
            assertThat(written).containsEntry(seat.variable(), first.secret(seat));
            assertThat(store.authenticate(first.secret(seat))).hasValueSatisfying(key -> {
                assertThat(key.name()).isEqualTo(seat.keyName());
                assertThat(key.roleSet()).isEqualTo(seat.roles());
            });
        }
        assertThat(written.keySet())
                .containsExactly(
                        "KYC_PRODUCT_KEY",
                        "KYC_SUPPORT_KEY",
                        "KYC_ENGINEER_KEY",
                        "KYC_ADMIN_KEY",
                        "KYC_CALLBACK_SECRET");
        String productKeyId =
                store.authenticate(first.secret(Seat.PRODUCT)).orElseThrow().id();
        assertThat(written.get(DevstackKeys.CALLBACK_SECRET))
                .startsWith("kcs_")
                .isEqualTo(first.callbackSecret())
                .isEqualTo(secrets.secretOf(productKeyId).orElseThrow());

        // sourced in a shell, the keys reach the programs it starts (a callback receiver, bin/fuzz-api)
        Process shell = new ProcessBuilder("bash", "-c", ". \"$0\" && env", file.toString()).start();
        String environment = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor()).isZero();
        assertThat(environment.lines())
                .contains(
                        "KYC_PRODUCT_KEY=" + first.secret(Seat.PRODUCT),
                        "KYC_CALLBACK_SECRET=" + first.callbackSecret());

        DevstackKeys second = DevstackKeys.ensure(store, state);
        assertThat(second.reused()).isTrue();
        assertThat(second.secret(Seat.PRODUCT)).isEqualTo(first.secret(Seat.PRODUCT));
        assertThat(second.callbackSecret()).isEqualTo(first.callbackSecret());
    }

    @Test
    void reissuesEveryKeyWhenOneStopsWorking() {
        DevstackKeys first = DevstackKeys.ensure(store, state);
        store.revoke(Seat.SUPPORT.keyName());

        DevstackKeys second = DevstackKeys.ensure(store, state);

        assertThat(second.reused()).isFalse();
        for (Seat seat : Seat.values()) {
            assertThat(second.secret(seat)).isNotEqualTo(first.secret(seat));
            assertThat(store.authenticate(first.secret(seat))).as("old " + seat).isEmpty();
            assertThat(store.authenticate(second.secret(seat)))
                    .as("new " + seat)
                    .isPresent();
        }
        assertThat(DevstackKeys.read(state.resolve(DevstackKeys.FILE)))
                .containsEntry("KYC_SUPPORT_KEY", second.secret(Seat.SUPPORT));
    }
}
