package io.onboarding.kyc.sandbox.quota;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    private static final long MS = 1_000_000L;

    @Test
    void admitsTheLimitInAnyOneSecondInterval() {
        SlidingWindow window = new SlidingWindow();

        assertThat(window.tryAdmit(0, 2)).isTrue();
        assertThat(window.tryAdmit(600 * MS, 2)).isTrue();
        assertThat(window.tryAdmit(900 * MS, 2)).isFalse();
        // A fixed window would reopen at 1000 ms; the sliding one waits for the first call to age out.
        assertThat(window.tryAdmit(1_000 * MS, 2)).isTrue();
        assertThat(window.tryAdmit(1_500 * MS, 2)).isFalse();
        assertThat(window.tryAdmit(1_600 * MS, 2)).isTrue();
    }

    @Test
    void refusedCallsDoNotExtendTheBan() {
        SlidingWindow window = new SlidingWindow();
        window.tryAdmit(0, 1);
        for (long t = 100; t < 1_000; t += 100) {
            assertThat(window.tryAdmit(t * MS, 1)).isFalse();
        }

        assertThat(window.tryAdmit(1_000 * MS, 1)).isTrue();
    }
}
