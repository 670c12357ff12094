package io.onboarding.kyc.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Nearest-rank percentiles: a value that was measured, never one interpolated between two. */
final class Percentile {

    private Percentile() {}

    /** The {@code p}th percentile (0–100) of {@code values}, or {@code NaN} when there are none. */
    static double of(Collection<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
