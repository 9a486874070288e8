package ma.cybercaravane.reports.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A Chart.js configuration as JSON: bars (vertical or horizontal), lines, doughnuts; numbers formatted by the browser
 * in the page's locale; mirrored for right-to-left pages. Only data goes in, never script.
 */
final class ChartConfig {

    static final String[] PALETTE = {"#0b6e4f", "#b45309", "#1d4ed8", "#9d174d", "#4d7c0f", "#6d28d9", "#0e7490", "#a16207"};

    private record Dataset(String label, List<? extends Number> data, String type, String axis, String color, boolean multicolor) {}

    private final String type;
    private final List<String> labels;
    private final List<Dataset> datasets = new ArrayList<>();
    private String locale = "fr";
    private boolean rtl;
    private boolean horizontal;
    private boolean percent;
    private boolean secondAxis;

    ChartConfig(String type, List<String> labels) {
        this.type = type;
        this.labels = labels;
    }

    ChartConfig dataset(String label, List<? extends Number> data) {
        datasets.add(new Dataset(label, data, null, null, PALETTE[datasets.size() % PALETTE.length], "doughnut".equals(type)));
        return this;
    }

    /** A line over bars, on a second value axis. */
    ChartConfig lineOnSecondAxis(String label, List<? extends Number> data) {
        datasets.add(new Dataset(label, data, "line", "y1", PALETTE[datasets.size() % PALETTE.length], false));
        secondAxis = true;
        return this;
    }

    ChartConfig locale(String locale, boolean rtl) {
        this.locale = locale;
        this.rtl = rtl;
        return this;
    }

    ChartConfig horizontal() {
        horizontal = true;
        return this;
    }

    /** Values are proportions (0..1), shown as percentages. */
    ChartConfig percent() {
        percent = true;
        return this;
    }

    String toJson() {
        StringBuilder json = new StringBuilder("{\"type\":").append(quote(type)).append(",\"data\":{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) json.append(i > 0 ? "," : "").append(quote(labels.get(i)));
        json.append("],\"datasets\":[");
        for (int i = 0; i < datasets.size(); i++) {
            Dataset d = datasets.get(i);
            json.append(i > 0 ? "," : "").append("{\"label\":").append(quote(d.label())).append(",\"data\":[");
            for (int j = 0; j < d.data().size(); j++) {
                Number n = d.data().get(j);
                json.append(j > 0 ? "," : "").append(n == null || Double.isNaN(n.doubleValue()) ? "null" : n.toString());
            }
            json.append("]");
            if (d.multicolor()) {
                json.append(",\"backgroundColor\":[");
                for (int j = 0; j < d.data().size(); j++) json.append(j > 0 ? "," : "").append(quote(PALETTE[j % PALETTE.length]));
                json.append("]");
            } else {
                json.append(",\"backgroundColor\":").append(quote(d.color())).append(",\"borderColor\":").append(quote(d.color()));
            }
            if (d.type() != null) json.append(",\"type\":").append(quote(d.type()));
            if (d.axis() != null) json.append(",\"yAxisID\":").append(quote(d.axis()));
            json.append('}');
        }
        json.append("]},\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,\"locale\":")
                .append(quote(locale)).append(",\"plugins\":{\"legend\":{\"rtl\":").append(rtl)
                .append(",\"display\":").append(datasets.size() > 1 || "doughnut".equals(type))
                .append("},\"tooltip\":{\"rtl\":").append(rtl).append("}}");
        if (horizontal) json.append(",\"indexAxis\":\"y\"");
        if (!"doughnut".equals(type)) {
            String valueAxis = horizontal ? "x" : "y";
            String categoryAxis = horizontal ? "y" : "x";
            json.append(",\"scales\":{").append(quote(valueAxis)).append(":{\"beginAtZero\":true");
            if (percent) json.append(",\"max\":1,\"ticks\":{\"format\":{\"style\":\"percent\"}}");
            if (horizontal) json.append(",\"reverse\":").append(rtl);
            else json.append(",\"position\":").append(quote(rtl ? "right" : "left"));
            json.append("},").append(quote(categoryAxis)).append(":{");
            json.append(horizontal ? "\"position\":" + quote(rtl ? "right" : "left") : "\"reverse\":" + rtl);
            json.append('}');
            if (secondAxis) {
                json.append(",\"y1\":{\"beginAtZero\":true,\"grid\":{\"drawOnChartArea\":false},\"position\":")
                        .append(quote(rtl ? "left" : "right")).append('}');
            }
            json.append('}');
        }
        return json.append("}}").toString();
    }

    static String quote(String s) {
        if (s == null) return "null";
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '<' -> q.append("\\u003c");
                default -> {
                    if (c < 0x20) q.append(String.format("\\u%04x", (int) c));
                    else q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }
}
