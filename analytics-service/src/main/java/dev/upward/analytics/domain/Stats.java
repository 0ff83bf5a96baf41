package dev.upward.analytics.domain;

import java.util.Arrays;

/** The few statistics the KPIs need, on plain arrays. */
public final class Stats {

    private Stats() {
    }

    /** The median, the mean of the two middle values for an even count; null for no values. */
    public static Double median(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /** numerator / denominator, or null when there is nothing to divide by (no rate exists yet). */
    public static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    /** Rounded to four decimals so that a figure reads the same in JSON, CSV and the report. */
    public static Double round(Double value) {
        return value == null ? null : Math.round(value * 10_000.0) / 10_000.0;
    }
}
