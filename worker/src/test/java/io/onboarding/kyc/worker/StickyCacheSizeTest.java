package io.onboarding.kyc.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.worker.WorkerFactoryOptions;
import org.junit.jupiter.api.Test;

/** {@code kyc.worker.sticky-cache-size}: 0 leaves the SDK's default, a positive size is the workflow cache's. */
class StickyCacheSizeTest {

    @Test
    void zeroKeepsTheSdksDefault() {
        assertThat(TemporalWorkerFactory.factoryOptions(VirtualThreads.OFF, 0).getWorkflowCacheSize())
                .isEqualTo(WorkerFactoryOptions.getDefaultInstance().getWorkflowCacheSize());
    }

    @Test
    void aPositiveSizeIsTheWorkflowCachesSize() {
        assertThat(TemporalWorkerFactory.factoryOptions(VirtualThreads.OFF, 5).getWorkflowCacheSize())
                .isEqualTo(5);
    }

    @Test
    void aNegativeSizeIsRefused() {
        assertThatThrownBy(() -> TemporalWorkerFactory.factoryOptions(VirtualThreads.OFF, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sticky-cache-size");
    }
}
