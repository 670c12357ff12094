package io.onboarding.kyc.web.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UiOriginsTest {

    @Test
    void comparesOriginsAsBrowsersSerialiseThem() {
        UiOrigins origins = new UiOrigins(List.of("HTTP://127.0.0.1:8233/", "https://Temporal.Example.com:443", " "));

        assertThat(origins.allows("http://127.0.0.1:8233")).isTrue();
        assertThat(origins.allows("https://temporal.example.com")).isTrue();
        assertThat(origins.allows("http://127.0.0.1:8234")).isFalse();
        assertThat(origins.allows("http://localhost:8233")).isFalse();
        assertThat(origins.allows("http://temporal.example.com")).isFalse();
        assertThat(origins.allows("null")).isFalse();
    }

    @Test
    void refusesWhatIsNotAnOrigin() {
        for (String origin : List.of(
                "*",
                "127.0.0.1:8233",
                "https://temporal.example.com/ui",
                "ftp://host",
                "https://user@host",
                "https://host?x=1",
                "null")) {
            assertThatThrownBy(() -> new UiOrigins(List.of(origin)))
                    .as(origin)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("kyc.codec.ui-origins");
        }
    }
}
