package io.onboarding.kyc.activities.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.onboarding.kyc.activities.cardverification.GetCardVerificationExternalResult;
import io.onboarding.kyc.activities.faceid.CheckIdCardInformation;
import io.onboarding.kyc.activities.ocr.RecognizeMainlandIdCardOcr;
import io.onboarding.kyc.store.pacing.CallSlots;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TencentPacerTest {

    private static final Duration HORIZON = Duration.ofSeconds(5);

    private final CallSlots slots = mock(CallSlots.class);
    private final List<Duration> slept = new ArrayList<>();
    /** The test's monotonic clock: it moves when the pacer sleeps, by what it asked plus {@link #oversleep}. */
    private long now = 1_000_000_000L;

    private Duration oversleep = Duration.ZERO;
    private final Logger log = (Logger) LoggerFactory.getLogger(TencentPacer.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @AfterEach
    void detachLog() {
        log.detachAppender(logged);
        log.setLevel(null);
    }

    @Test
    void slotsAreSpacedAtTheShareOfTheDocumentedQuota() {
        PaceSettings settings = settings(0.95, Map.of());

        // 0.95 of 20/s: 19 calls a second, 52.6 ms apart; of 100/s, 95 a second
        assertThat(settings.spacing(RecognizeMainlandIdCardOcr.ACTION)).isEqualTo(Duration.ofNanos(52_631_579));
        assertThat(settings.spacing(GetCardVerificationExternalResult.ACTION)).isEqualTo(Duration.ofNanos(52_631_579));
        assertThat(settings.spacing(CheckIdCardInformation.ACTION)).isEqualTo(Duration.ofNanos(10_526_316));
    }

    @Test
    void aConfiguredQuotaReplacesTheDocumentedOne() {
        PaceSettings settings = settings(1.0, Map.of("CheckIdCardInformation", 50));

        assertThat(settings.quota(CheckIdCardInformation.ACTION)).isEqualTo(50);
        assertThat(settings.spacing(CheckIdCardInformation.ACTION)).isEqualTo(Duration.ofMillis(20));
        assertThat(settings.quota(RecognizeMainlandIdCardOcr.ACTION)).isEqualTo(20);
    }

    @Test
    void aShareAboveTheQuotaIsRefused() {
        assertThatThrownBy(() -> settings(1.2, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void asksForTheActionsSlotAndSleepsUntilIt() {
        when(slots.reserve("RecognizeMainlandIDCardOCR", Duration.ofNanos(52_631_579), HORIZON))
                .thenReturn(slot(Duration.ofMillis(130)));

        pacer(true).awaitSlot(RecognizeMainlandIdCardOcr.ACTION);

        assertThat(slept).containsExactly(Duration.ofMillis(130));
    }

    @Test
    void aCallThatWakesTooLateForItsSlotTakesAnotherAtMostThreeTimes() {
        when(slots.reserve(anyString(), any(), any())).thenReturn(slot(Duration.ofMillis(100)));
        // at 0.95 a call may be 26 ms late: half of the 53 ms that quota + 1 slots span beyond one second
        assertThat(settings(0.95, Map.of()).lateness()).isEqualTo(Duration.ofNanos(26_315_789));
        TencentPacer pacer = pacer(true);

        oversleep = Duration.ofMillis(20);
        pacer.awaitSlot(RecognizeMainlandIdCardOcr.ACTION);
        verify(slots, times(1)).reserve(anyString(), any(), any());

        oversleep = Duration.ofMillis(40);
        pacer.awaitSlot(RecognizeMainlandIdCardOcr.ACTION);
        verify(slots, times(1 + TencentPacer.MAX_SLOTS_PER_CALL)).reserve(anyString(), any(), any());
    }

    @Test
    void aSlotDueAlreadyGoesAtOnce() {
        when(slots.reserve(anyString(), any(), any())).thenReturn(slot(Duration.ZERO), slot(Duration.ofNanos(-40_000)));

        TencentPacer pacer = pacer(true);
        pacer.awaitSlot(RecognizeMainlandIdCardOcr.ACTION);
        pacer.awaitSlot(RecognizeMainlandIdCardOcr.ACTION);

        assertThat(slept).isEmpty();
    }

    @Test
    void noSlotWithinTheHorizonFailsAtOnceWithoutWaiting() {
        when(slots.reserve(anyString(), any(), any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> pacer(true).awaitSlot(RecognizeMainlandIdCardOcr.ACTION))
                .isInstanceOfSatisfying(PaceExceededException.class, e -> {
                    assertThat(e.action()).isEqualTo("RecognizeMainlandIDCardOCR");
                    assertThat(e.horizon()).isEqualTo(HORIZON);
                });
        assertThat(slept).isEmpty();
    }

    @Test
    void withoutTheDatabaseCallsGoUnpacedAndThatIsSaidOnceUntilItAnswersAgain() {
        logged.start();
        log.addAppender(logged);
        log.setLevel(Level.INFO);
        when(slots.reserve(anyString(), any(), any()))
                .thenThrow(new IllegalStateException("connection refused"))
                .thenThrow(new IllegalStateException("connection refused"))
                .thenReturn(slot(Duration.ZERO))
                .thenThrow(new IllegalStateException("connection refused"));

        TencentPacer pacer = pacer(true);
        for (int i = 0; i < 4; i++) {
            pacer.awaitSlot(RecognizeMainlandIdCardOcr.ACTION);
        }

        assertThat(slept).isEmpty();
        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO, Level.WARN);
    }

    @Test
    void switchedOffItNeverAsks() {
        pacer(false).awaitSlot(RecognizeMainlandIdCardOcr.ACTION);

        verify(slots, never()).reserve(anyString(), any(), any());
    }

    private TencentPacer pacer(boolean enabled) {
        return new TencentPacer(
                slots,
                new PaceSettings(enabled, 0.95, HORIZON, Map.of()),
                duration -> {
                    slept.add(duration);
                    now += duration.plus(oversleep).toNanos();
                },
                () -> now);
    }

    private static Optional<CallSlots.Slot> slot(Duration wait) {
        return Optional.of(new CallSlots.Slot(wait, Duration.ofMillis(1)));
    }

    private static PaceSettings settings(double share, Map<String, Integer> quotas) {
        return new PaceSettings(true, share, HORIZON, quotas);
    }
}
