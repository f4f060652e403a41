package pl.klaster.portal.web.view.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import pl.klaster.portal.service.member.imports.ColumnMapping;
import pl.klaster.portal.service.member.imports.ImportField;
import pl.klaster.portal.service.member.imports.ImportFiles;
import pl.klaster.portal.service.member.imports.ImportKind;
import pl.klaster.portal.service.member.imports.ImportMode;
import pl.klaster.portal.service.member.imports.ImportService;
import pl.klaster.portal.service.member.imports.ImportSummary;
import pl.klaster.portal.service.member.imports.ParsedFile;
import pl.klaster.portal.service.member.imports.RowAction;
import pl.klaster.portal.service.member.imports.RowMessage;
import pl.klaster.portal.service.member.imports.RowResult;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code /staff/import.xhtml}: staff choose what a file holds (members or contact persons), upload a CSV or XLSX
 * file, map its columns to fields (proposed from the header names), see a preview of every row, and commit all
 * rows or nothing, or only the good rows. The parsed file lives in this view only and is dropped after a commit.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which preview rows the table shows. */
    public enum Show { ALL, ERROR, CREATE, UPDATE }

    /** One column of the file and the field the user maps it to. */
    public static final class Column implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final int index;
        private final String header;
        private final String sample;
        private ImportField field;

        Column(int index, String header, String sample, ImportField field) {
            this.index = index;
            this.header = header;
            this.sample = sample;
            this.field = field;
        }

        public int getIndex() {
            return index;
        }

        public String getHeader() {
            return header;
        }

        public String getSample() {
            return sample;
        }

        public ImportField getField() {
            return field;
        }

        public void setField(ImportField field) {
            this.field = field;
        }
    }

    @Inject
    private ImportService imports;
    @Inject
    private ServiceCalls calls;

    private ImportKind kind = ImportKind.MEMBERS;
    private ParsedFile file;
    private List<Column> columns = List.of();
    private ImportSummary preview;
    private ImportSummary result;
    private Show show = Show.ALL;
    private List<RowResult> shownRows = List.of();

    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        byte[] data = event.getFile().getContent();
        ParsedFile parsed = calls.get(() -> ImportFiles.parse(name, data), Map.of());
        if (parsed == null) {
            return;
        }
        file = parsed;
        result = null;
        ColumnMapping proposed = ColumnMapping.propose(kind, parsed.headers());
        List<Column> list = new ArrayList<>();
        for (int i = 0; i < parsed.headers().size(); i++) {
            list.add(new Column(i, parsed.headers().get(i), parsed.rows().get(0).cell(i), proposed.fields().get(i)));
        }
        columns = list;
        FacesTexts.info("import.file.read", name, parsed.rows().size(), parsed.headers().size());
        runPreview();
    }

    /** Checks every row with the current mapping (after the user changed it). */
    public void runPreview() {
        preview = null;
        shownRows = List.of();
        ColumnMapping mapping = mapping();
        List<RowMessage> problems = mapping.problems(kind);
        if (!problems.isEmpty()) {
            problems.forEach(p -> FacesTexts.error(null, p.key(), fieldLabel(p.field())));
            return;
        }
        preview = calls.get(() -> imports.preview(kind, file, mapping), Map.of());
        show = preview != null && preview.getErrors() > 0 ? Show.ERROR : Show.ALL;
        filter();
    }

    /** Shows the preview rows the filter asks for, those with errors first. */
    public void filter() {
        if (preview == null) {
            shownRows = List.of();
            return;
        }
        shownRows = preview.rows().stream()
                .filter(r -> show == Show.ALL || r.action().name().equals(show.name()))
                .sorted(Comparator.comparing((RowResult r) -> r.action() != RowAction.ERROR).thenComparing(RowResult::row))
                .toList();
    }

    public void commitAll() {
        commit(ImportMode.ALL_OR_NOTHING);
    }

    public void commitGood() {
        commit(ImportMode.GOOD_ROWS_ONLY);
    }

    private void commit(ImportMode mode) {
        if (file == null) {
            return;
        }
        ColumnMapping mapping = mapping();
        ImportSummary saved = calls.get(() -> imports.commit(kind, file, mapping, mode), Map.of());
        if (saved == null) {
            return;
        }
        result = saved;
        file = null;
        columns = List.of();
        preview = null;
        shownRows = List.of();
        FacesTexts.info("import.commit.done", saved.getCreated(), saved.getUpdated(), saved.getErrors());
    }

    /** Starts again with another file (or after changing what the file holds). */
    public void reset() {
        file = null;
        columns = List.of();
        preview = null;
        shownRows = List.of();
        result = null;
    }

    private ColumnMapping mapping() {
        return new ColumnMapping(columns.stream().map(Column::getField).toList());
    }

    /** A row's message in the page's language, with the field it concerns. */
    public String message(RowMessage m) {
        String key = m.key().startsWith("import.") ? m.key() : "import.rule." + m.key();
        String text = FacesTexts.text(key, m.arguments().toArray());
        if (text.startsWith("???")) {
            text = FacesTexts.text("import.rule.invalid");
        }
        return m.field() == null ? text : fieldLabel(m.field()) + ": " + text;
    }

    public String fieldLabel(ImportField field) {
        return field == null ? "" : FacesTexts.text("import.field." + field.name());
    }

    /** Rows the commit saved (created or updated). */
    public List<RowResult> getSavedRows() {
        return result == null ? List.of() : result.rows().stream().filter(r -> r.action() != RowAction.ERROR).toList();
    }

    public List<ImportField> getFields() {
        return ImportField.of(kind);
    }

    public List<ImportKind> getKinds() {
        return List.of(ImportKind.values());
    }

    public List<Show> getShows() {
        return List.of(Show.values());
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public boolean isFileLoaded() {
        return file != null;
    }

    public String getFileName() {
        return file == null ? null : file.fileName();
    }

    public int getRowCount() {
        return file == null ? 0 : file.rows().size();
    }

    public List<Column> getColumns() {
        return columns;
    }

    public ImportSummary getPreview() {
        return preview;
    }

    public ImportSummary getResult() {
        return result;
    }

    public Show getShow() {
        return show;
    }

    public void setShow(Show show) {
        this.show = show == null ? Show.ALL : show;
    }

    public List<RowResult> getShownRows() {
        return shownRows;
    }
}
