package io.onboarding.kyc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThroughputScenarioTest {

    private static final Jdk SEVENTEEN = new Jdk(null, 17);
    private static final Jdk TWENTY_FIVE = new Jdk(Path.of("/opt/jdk-25"), 25);

    @Test
    void onSeventeenWithANewerJdkThreadsAreComparedOnTheNewerOne() {
        List<ThroughputScenario.Row> rows = ThroughputScenario.rows(SEVENTEEN, Optional.of(TWENTY_FIVE), false);

        assertThat(rows)
                .extracting(ThroughputScenario.Row::label)
                .containsExactly("JDK 17, platform threads", "JDK 25, platform threads", "JDK 25, virtual threads");
        assertThat(rows.get(2).javaHome()).isEqualTo(TWENTY_FIVE.home());
        assertThat(rows.get(2).environment())
                .containsEntry("KYC_WORKER_VIRTUAL_THREADS", "true")
                .containsEntry("KYC_WORKER_OCR_PER_SECOND", "10000");
    }

    @Test
    void onANewerRuntimeTheWorkersKeepTheLaunchersJdk() {
        Jdk current = new Jdk(null, 25);

        assertThat(ThroughputScenario.rows(current, Optional.of(current), false))
                .extracting(ThroughputScenario.Row::javaHome)
                .containsExactly(null, null);
    }

    @Test
    void aSmokeRunMeasuresTheLastRowOnly() {
        assertThat(ThroughputScenario.rows(SEVENTEEN, Optional.of(TWENTY_FIVE), true))
                .extracting(ThroughputScenario.Row::label)
                .containsExactly("JDK 25, virtual threads");
        assertThat(ThroughputScenario.rows(SEVENTEEN, Optional.empty(), true))
                .extracting(ThroughputScenario.Row::label)
                .containsExactly("JDK 17, platform threads");
    }

    @Test
    void percentilesAreMeasuredValues() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0);

        assertThat(Percentile.of(values, 50)).isEqualTo(3.0);
        assertThat(Percentile.of(values, 99)).isEqualTo(5.0);
        assertThat(Percentile.of(List.of(), 50)).isNaN();
    }
}
