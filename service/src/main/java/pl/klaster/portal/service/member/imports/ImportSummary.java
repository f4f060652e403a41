package pl.klaster.portal.service.member.imports;

import java.io.Serializable;
import java.util.List;

/**
 * The rows of a preview or a commit, with how many of them create, update or have errors. {@code saved} is
 * true only for a commit that saved its rows.
 */
public record ImportSummary(List<RowResult> rows, boolean saved) implements Serializable {

    public ImportSummary {
        rows = List.copyOf(rows);
    }

    public long count(RowAction action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public long getCreated() {
        return count(RowAction.CREATE);
    }

    public long getUpdated() {
        return count(RowAction.UPDATE);
    }

    public long getErrors() {
        return count(RowAction.ERROR);
    }
}
