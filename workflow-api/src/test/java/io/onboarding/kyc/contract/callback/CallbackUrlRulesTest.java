package io.onboarding.kyc.contract.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallbackUrlRulesTest {

    private static CallbackSettings settings(List<String> hosts, boolean loopbackHttp, boolean privateAddresses) {
        return new CallbackSettings(
                hosts,
                loopbackHttp,
                privateAddresses,
                Duration.ofSeconds(10),
                Duration.ofHours(1),
                Duration.ofHours(72));
    }

    private static final CallbackUrlRules PRODUCTION = new CallbackUrlRules(settings(List.of(), false, false));
    private static final CallbackUrlRules DEVSTACK = new CallbackUrlRules(settings(List.of(), true, true));

    @ParameterizedTest
    @CsvSource({
        "https://hooks.example.com/kyc",
        "https://hooks.example.com:8443/kyc?tenant=7",
        "https://[2001:db8::1]/kyc",
    })
    void productionTakesPublicHttpsUrls(String url) {
        assertThat(PRODUCTION.check(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "http://hooks.example.com/kyc, https",
        "http://127.0.0.1:9999/kyc, https",
        "https://127.0.0.1/kyc, public-address",
        "https://10.0.0.7/kyc, public-address",
        "https://192.168.1.10/kyc, public-address",
        "https://169.254.169.254/latest/meta-data, public-address",
        "https://100.64.0.1/kyc, public-address",
        "https://[::1]/kyc, public-address",
        "https://[fd00::1]/kyc, public-address",
        "https://localhost/kyc, public-address",
        "ftp://hooks.example.com/kyc, format",
        "/relative/path, format",
        "https://user:pass@hooks.example.com/kyc, format",
        "https://hooks.example.com/kyc#frag, format",
        "https://exa mple.com/, format",
    })
    void productionRefuses(String url, String rule) {
        assertThat(PRODUCTION.check(url)).map(CallbackUrlRules.Violation::rule).hasValue(rule);
    }

    @Test
    void devstackTakesPlainHttpOnLoopbackOnly() {
        assertThat(DEVSTACK.check("http://127.0.0.1:9999/kyc")).isEmpty();
        assertThat(DEVSTACK.check("http://localhost:9999/kyc")).isEmpty();
        assertThat(DEVSTACK.check("http://[::1]:9999/kyc")).isEmpty();
        assertThat(DEVSTACK.check("http://hooks.example.com/kyc"))
                .map(CallbackUrlRules.Violation::rule)
                .hasValue("https");
    }

    @Test
    void anAllowListNamesHostsOrTheirSubdomains() {
        CallbackUrlRules rules =
                new CallbackUrlRules(settings(List.of("hooks.bank.example", "*.wallet.example"), false, false));

        assertThat(rules.check("https://hooks.bank.example/kyc")).isEmpty();
        assertThat(rules.check("https://HOOKS.bank.example/kyc")).isEmpty();
        assertThat(rules.check("https://eu.wallet.example/kyc")).isEmpty();
        assertThat(rules.check("https://wallet.example.evil.example/kyc"))
                .map(CallbackUrlRules.Violation::rule)
                .hasValue("allowed-host");
        assertThat(rules.check("https://evil.example/kyc"))
                .map(CallbackUrlRules.Violation::rule)
                .hasValue("allowed-host");
        assertThat(rules.check("https://xhooks.bank.example/kyc"))
                .map(CallbackUrlRules.Violation::rule)
                .hasValue("allowed-host");
    }

    @Test
    void aUrlLongerThan2048CharactersIsRefused() {
        String url = "https://hooks.example.com/" + "a".repeat(2048);

        assertThat(PRODUCTION.check(url)).map(CallbackUrlRules.Violation::rule).isEqualTo(Optional.of("length"));
    }

    @Test
    void deliveriesNeverConnectToInternalAddressesInProduction() throws Exception {
        assertThat(PRODUCTION.mayConnectTo(InetAddress.getByName("93.184.216.34")))
                .isTrue();
        assertThat(PRODUCTION.mayConnectTo(InetAddress.getByName("127.0.0.1"))).isFalse();
        assertThat(PRODUCTION.mayConnectTo(InetAddress.getByName("172.16.5.4"))).isFalse();
        assertThat(PRODUCTION.mayConnectTo(InetAddress.getByName("0.0.0.0"))).isFalse();
        assertThat(DEVSTACK.mayConnectTo(InetAddress.getByName("127.0.0.1"))).isTrue();
    }

    @Test
    void retriesLastAtLeastADay() {
        assertThatThrownBy(() -> new CallbackSettings(
                        List.of(), false, false, Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(23)))
                .hasMessageContaining("kyc.callbacks.give-up-after must be at least 24h");
    }
}
