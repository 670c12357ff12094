package io.onboarding.kyc.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VirtualThreadsTest {

    @Test
    void autoFollowsTheRuntime() {
        assertThat(VirtualThreads.of("auto", 17).on()).isFalse();
        assertThat(VirtualThreads.of("", 21).on()).isTrue();
        assertThat(VirtualThreads.of(null, 25).on()).isTrue();
    }

    @Test
    void forcedOnIsRefusedBefore21AndHonouredAfter() {
        assertThatThrownBy(() -> VirtualThreads.of("true", 17))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JDK 17")
                .hasMessageContaining("KYC_WORKER_VIRTUAL_THREADS");
        assertThat(VirtualThreads.of("TRUE", 21).on()).isTrue();
    }

    @Test
    void offIsOffEverywhereAndNonsenseIsRefused() {
        assertThat(VirtualThreads.of("false", 25).on()).isFalse();
        assertThatThrownBy(() -> VirtualThreads.of("yes", 25)).hasMessageContaining("auto, true or false");
    }
}
