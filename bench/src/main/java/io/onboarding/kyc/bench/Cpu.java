package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.drill.ProcessCpu;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CPU time each of the stack's processes used during a scenario, per journey: what a journey costs where. */
final class Cpu {

    private Cpu() {}

    static Map<String, Double> snapshot(Map<String, Long> pids) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(name, ProcessCpu.seconds(pid)));
        return seconds;
    }

    static List<Figure> figures(Map<String, Double> before, Map<String, Double> after, int journeys) {
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, Double> process : before.entrySet()) {
            Double end = after.get(process.getKey());
            if (end == null || end < 0 || process.getValue() < 0 || journeys == 0) {
                continue;
            }
            double used = end - process.getValue();
            figures.add(Figure.of("CPU of " + process.getKey() + " per journey", 1000 * used / journeys, "ms"));
        }
        return figures;
    }
}
