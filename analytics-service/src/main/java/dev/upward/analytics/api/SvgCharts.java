package dev.upward.analytics.api;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the report, drawn on the server so the page needs no script and no
 * front-end build. Every mark carries its value in {@code data-value}, which is also what
 * the browser test reads back.
 */
public final class SvgCharts {

    /** One bar; a suppressed bar is drawn as a note instead of a length. */
    public record Bar(String label, Double value, boolean suppressed) {
    }

    /** A line of values over the same x labels. */
    public record Series(String name, String colour, List<Integer> values) {
    }

    private static final int WIDTH = 640;

    private SvgCharts() {
    }

    public static String lines(String id, String title, List<String> xLabels, List<Series> series) {
        int height = 240;
        int left = 40;
        int right = 16;
        int top = 28;
        int bottom = 40;
        int max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToInt(Integer::intValue).max().orElse(1));
        double plotWidth = WIDTH - left - right;
        double plotHeight = height - top - bottom;
        int n = xLabels.size();
        StringBuilder svg = open(id, title, height);
        svg.append(axis(left, top, plotHeight, plotWidth, max));
        for (int i = 0; i < n; i++) {
            if (n <= 12 || i % Math.max(1, n / 8) == 0) {
                double x = left + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                        x, height - bottom + 14, escape(xLabels.get(i).substring(5))));
            }
        }
        int legend = 0;
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < s.values().size(); i++) {
                double x = left + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
                double y = top + plotHeight - plotHeight * s.values().get(i) / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                dots.append(String.format(Locale.ROOT,
                        "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\" data-series=\"%s\" data-week=\"%s\" data-value=\"%d\"/>",
                        x, y, s.colour(), escape(s.name()), escape(xLabels.get(i)), s.values().get(i)));
            }
            svg.append("<polyline class=\"series\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(s.colour())
                    .append("\" data-series=\"").append(escape(s.name())).append("\" points=\"").append(points.toString().trim())
                    .append("\"/>").append(dots);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"17\" font-size=\"11\">%s</text>", left + legend, s.colour(), left + legend + 14,
                    escape(s.name())));
            legend += 170;
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars on a fixed scale from 0 to {@code max}, labelled with {@code format}. */
    public static String bars(String id, String title, List<Bar> bars, double max, String format) {
        int rowHeight = 26;
        int labelWidth = 220;
        int height = 16 + rowHeight * Math.max(1, bars.size());
        double plotWidth = WIDTH - labelWidth - 80;
        StringBuilder svg = open(id, title, height);
        if (bars.isEmpty()) {
            svg.append("<text x=\"8\" y=\"28\" font-size=\"12\">No data yet</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 8 + i * rowHeight;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>",
                    labelWidth - 8, y + 15, escape(bar.label())));
            if (bar.suppressed()) {
                svg.append(String.format(Locale.ROOT, "<text class=\"suppressed\" x=\"%d\" y=\"%d\" font-size=\"12\" "
                        + "fill=\"#666\" data-label=\"%s\">suppressed: fewer than 5 people</text>", labelWidth, y + 15,
                        escape(bar.label())));
            } else if (bar.value() == null) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#666\">no data</text>",
                        labelWidth, y + 15));
            } else {
                double length = max <= 0 ? 0 : plotWidth * Math.max(0, Math.min(bar.value(), max)) / max;
                svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" "
                                + "fill=\"#3b6ea8\" data-label=\"%s\" data-value=\"%s\"/>", labelWidth, y + 2, length,
                        escape(bar.label()), bar.value()));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>",
                        labelWidth + length + 6, y + 15, String.format(Locale.ROOT, format, bar.value())));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg id=\"%s\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\"><title>%s</title>", id, WIDTH, height, WIDTH, height, escape(title)));
    }

    private static String axis(int left, int top, double plotHeight, double plotWidth, int max) {
        return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\"/>"
                        + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\"/>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%d</text>"
                        + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">0</text>",
                left, top, left, top + plotHeight, left, top + plotHeight, left + plotWidth, top + plotHeight,
                left - 4, top + 4, max, left - 4, top + plotHeight);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
