package pl.klaster.portal.web.view.charts;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Chart.js configuration that {@code <p:chart value="...">} draws. JSON-P writes it, so labels with
 * quotes or diacritics never break the script. Colours come from one palette that reads well in print and for
 * the common kinds of colour blindness (Okabe–Ito).
 */
public final class ChartJson {

    private static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};

    private final String type;
    private final List<String> labels = new ArrayList<>();
    private final List<JsonObjectBuilder> datasets = new ArrayList<>();
    private boolean horizontal;
    private boolean stacked;
    private String title;

    private ChartJson(String type) {
        this.type = type;
    }

    public static ChartJson bar() {
        return new ChartJson("bar");
    }

    public static ChartJson line() {
        return new ChartJson("line");
    }

    public static ChartJson pie() {
        return new ChartJson("pie");
    }

    public ChartJson labels(List<String> values) {
        labels.addAll(values);
        return this;
    }

    /** A series of numbers, one per label. */
    public ChartJson dataset(String label, List<? extends Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v == null ? 0 : v.doubleValue()));
        String colour = PALETTE[datasets.size() % PALETTE.length];
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", label).add("data", data);
        if ("pie".equals(type)) {
            JsonArrayBuilder colours = Json.createArrayBuilder();
            for (int i = 0; i < values.size(); i++) {
                colours.add(PALETTE[i % PALETTE.length]);
            }
            set.add("backgroundColor", colours);
        } else {
            set.add("backgroundColor", colour).add("borderColor", colour);
        }
        datasets.add(set);
        return this;
    }

    public ChartJson horizontal() {
        this.horizontal = true;
        return this;
    }

    public ChartJson stacked() {
        this.stacked = true;
        return this;
    }

    public ChartJson title(String text) {
        this.title = text;
        return this;
    }

    public String toJson() {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        JsonObjectBuilder plugins = Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom"));
        if (title != null) {
            plugins.add("title", Json.createObjectBuilder().add("display", true).add("text", title));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false).add("plugins", plugins);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        if (!"pie".equals(type)) {
            JsonObjectBuilder axis = Json.createObjectBuilder().add("beginAtZero", true);
            if (stacked) {
                axis.add("stacked", true);
            }
            JsonObjectBuilder scales = Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder(axis.build()))
                    .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked));
            options.add("scales", scales);
        }
        return scriptSafe(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", sets))
                .add("options", options).build().toString());
    }

    /**
     * JSON made safe to stand inside an HTML {@code <script>} element, where PrimeFaces writes the chart's
     * configuration: {@code <}, {@code >} and {@code &} as JSON escapes, so no text (a target market named
     * {@code M3</script><meta http-equiv=refresh ...>}) can close the script and add markup (issue 24, finding 5);
     * U+2028 and U+2029, which end a line in older JavaScript, too. The escaped JSON means the same to a JSON
     * parser. Every chart goes through {@link #toJson}, so this is the one place.
     */
    static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
