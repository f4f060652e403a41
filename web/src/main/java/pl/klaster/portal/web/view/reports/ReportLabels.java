package pl.klaster.portal.web.view.reports;

import pl.klaster.portal.service.report.ReportKind;
import pl.klaster.portal.service.report.ReportText;
import pl.klaster.portal.service.report.table.Column;
import pl.klaster.portal.service.report.table.ReportRow;
import pl.klaster.portal.web.i18n.Bundles;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a report into the reader's words: column headings from their keys, and text cells ({@link ReportText},
 * enum values) from the bundle; numbers and dates stay values, for the writers and the table to format. A
 * {@code report.funnel.market} text carries the market's Polish and English names and picks one.
 */
public final class ReportLabels {

    private final Bundles bundles;

    public ReportLabels(Bundles bundles) {
        this.bundles = bundles;
    }

    public String title(ReportKind kind) {
        return bundles.text("report." + kind.name() + ".title");
    }

    public List<Column> columns(List<Column> keyed) {
        return keyed.stream().map(c -> new Column(bundles.text(c.label()) + (c.currency() != null && c.label().equals("report.col.exportValue")
                ? " (" + c.currency() + ")" : ""), c.type(), c.currency())).toList();
    }

    public ReportRow row(ReportRow row) {
        List<Object> cells = new ArrayList<>(row.cells().size());
        for (Object cell : row.cells()) {
            cells.add(cell(cell));
        }
        return new ReportRow(row.kind(), java.util.Collections.unmodifiableList(cells));
    }

    public Object cell(Object cell) {
        if (cell instanceof ReportText text) {
            if ("report.funnel.market".equals(text.key())) {
                return "en".equals(bundles.locale().getLanguage()) ? text.arguments().get(1) : text.arguments().get(0);
            }
            return bundles.text(text.key(), text.arguments().toArray());
        }
        if (cell instanceof Enum<?> e) {
            return bundles.label(e);
        }
        if (cell instanceof Integer i) {
            return i.longValue();
        }
        return cell;
    }
}
