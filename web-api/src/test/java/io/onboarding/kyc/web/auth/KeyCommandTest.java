package io.onboarding.kyc.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.web.auth.KeyCommand.Create;
import io.onboarding.kyc.web.auth.KeyCommand.Help;
import io.onboarding.kyc.web.auth.KeyCommand.ListKeys;
import io.onboarding.kyc.web.auth.KeyCommand.Revoke;
import io.onboarding.kyc.web.auth.KeyCommand.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line of bin/kyc-keys; nothing here reaches a database. */
class KeyCommandTest {

    @Test
    void createTakesANameAndRoles() throws UsageException {
        assertThat(KeyCommand.parse(List.of("create", "--name", "checkout", "--roles", "PRODUCT,PII_READ")))
                .isEqualTo(new Create("checkout", EnumSet.of(ApiRole.PRODUCT, ApiRole.PII_READ)));
        assertThat(KeyCommand.parse(List.of("create", "--roles=support", "--name=desk")))
                .isEqualTo(new Create("desk", EnumSet.of(ApiRole.SUPPORT)));
        assertThat(KeyCommand.parse(List.of("create", "--name", "x", "--roles", " ADMIN , ENGINEER ")))
                .isEqualTo(new Create("x", EnumSet.of(ApiRole.ADMIN, ApiRole.ENGINEER)));
    }

    @Test
    void listAndRevoke() throws UsageException {
        assertThat(KeyCommand.parse(List.of("list"))).isEqualTo(new ListKeys());
        assertThat(KeyCommand.parse(List.of("revoke", "checkout"))).isEqualTo(new Revoke("checkout"));
        assertThat(KeyCommand.parse(List.of("revoke", "key_0123"))).isEqualTo(new Revoke("key_0123"));
        assertThat(KeyCommand.parse(List.of("--help"))).isEqualTo(new Help());
    }

    @Test
    void refusesWhatMakesNoSense() {
        assertUsage(List.of(), "a command is required");
        assertUsage(List.of("delete", "x"), "unknown command delete");
        assertUsage(List.of("create", "--name", "x"), "create needs --roles");
        assertUsage(List.of("create", "--roles", "PRODUCT"), "create needs --name");
        assertUsage(List.of("create", "--name"), "--name needs a value");
        assertUsage(List.of("create", "--name", "x", "--roles", "PRODUCT,ROOT"), "unknown role ROOT");
        assertUsage(List.of("create", "--name", "x", "--roles", "PRODUCT,"), "empty entry");
        assertUsage(List.of("create", "--name", "x", "--name", "y", "--roles", "ADMIN"), "--name is given twice");
        assertUsage(List.of("create", "--name", "x", "--roles", "ADMIN", "--ttl", "1d"), "unknown option --ttl");
        assertUsage(List.of("list", "--all"), "list takes no arguments");
        assertUsage(List.of("revoke"), "exactly one");
        assertUsage(List.of("revoke", "a", "b"), "exactly one");
    }

    @Test
    void aUsageErrorExitsTwoWithTheReasonOnStandardError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KeyCommand.run(
                new String[] {"create", "--name", "x", "--roles", "OWNER"},
                // no database is reached: a usage error is found before the context starts
                Map.of("KYC_DB_URL", "jdbc:postgresql://127.0.0.1:1/none"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(KeyCommand.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown role OWNER")
                .contains("usage: kyc-keys");
    }

    @Test
    void loadsOnlyTheKeyStoresBeansOfThisProject() {
        assertThat(KeyCommand.keyStoreOnly("io.onboarding.kyc.store.apikey.$ApiKeyStore$Definition"))
                .isTrue();
        assertThat(KeyCommand.keyStoreOnly("io.micronaut.flyway.$FlywayMigrator$Definition"))
                .isTrue();
        assertThat(KeyCommand.keyStoreOnly("io.onboarding.kyc.worker.$JourneyWorkers$Definition"))
                .isFalse();
        assertThat(KeyCommand.keyStoreOnly("io.onboarding.kyc.contract.temporal.$TemporalClientFactory$Definition"))
                .isFalse();
        assertThat(KeyCommand.keyStoreOnly("io.onboarding.kyc.store.sealing.$Sealer$Definition"))
                .isFalse();
    }

    @Test
    void withASealingKeyItAlsoLoadsWhatSealsCallbackSecrets() {
        assertThat(KeyCommand.loads("io.onboarding.kyc.store.sealing.$Sealer$Definition", true))
                .isTrue();
        assertThat(KeyCommand.loads("io.onboarding.kyc.store.callback.$CallbackSecrets$Definition", true))
                .isTrue();
        assertThat(KeyCommand.loads("io.onboarding.kyc.store.callback.$CallbackSecrets$Definition", false))
                .isFalse();
        assertThat(KeyCommand.loads("io.onboarding.kyc.contract.callback.$CallbackDispatcher$Definition", true))
                .isFalse();
    }

    private static void assertUsage(List<String> args, String reason) {
        assertThatThrownBy(() -> KeyCommand.parse(args))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(reason);
    }
}
