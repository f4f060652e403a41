package pl.klaster.portal.web.view.charts;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24, finding 5: a chart label could close the page's script element and add markup. */
class ChartJsonTest {

    private static final String HOSTILE = "M3</script><meta http-equiv=refresh content=3;url=https://example.org> & \u2028";

    @Test
    void finding5_labelsCannotCloseTheScriptTheChartStandsIn() {
        String json = ChartJson.bar().labels(List.of(HOSTILE)).dataset(HOSTILE, List.of(1)).title(HOSTILE).toJson();
        assertThat(json).doesNotContain("<", ">", "&", "\u2028");
        JsonObject parsed = Json.createReader(new StringReader(json)).readObject();
        assertThat(parsed.getJsonObject("data").getJsonArray("labels").getString(0))
                .as("the escaped JSON means the same").isEqualTo(HOSTILE);
    }
}
