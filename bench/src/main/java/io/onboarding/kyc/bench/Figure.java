package io.onboarding.kyc.bench;

/**
 * One measured figure of a scenario, as a row of its table.
 *
 * @param value  {@code NaN} when it could not be measured (the row says so)
 * @param goal   the goal for it, as text ({@code "≥ 0.95"}), or empty
 * @param met    whether the goal was met; {@code null} without a goal
 */
public record Figure(String name, double value, String unit, String goal, Boolean met) {

    public static Figure of(String name, double value, String unit) {
        return new Figure(name, value, unit, "", null);
    }

    public static Figure count(String name, long value) {
        return new Figure(name, value, "", "", null);
    }

    /** A figure whose goal is an upper bound. */
    public static Figure atMost(String name, double value, String unit, double goal) {
        return new Figure(name, value, unit, "≤ " + plain(goal), Double.isNaN(value) ? null : value <= goal);
    }

    /** A figure whose goal is a lower bound. */
    public static Figure atLeast(String name, double value, String unit, double goal) {
        return new Figure(name, value, unit, "≥ " + plain(goal), Double.isNaN(value) ? null : value >= goal);
    }

    /** The value as a table shows it: whole numbers without decimals, others with two. */
    public String shown() {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return plain(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e12
                ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
