package pl.klaster.portal.web.faces;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;

import java.io.Serial;
import java.util.List;
import java.util.Map;

/**
 * A PrimeFaces lazy table model over a service's paged query: each page of the table is one service call
 * (a count and a page query), and the database does the paging, sorting and counting.
 */
public class LazyRows<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The service call: a page request in, a page of rows with the total out. */
    @FunctionalInterface
    public interface Loader<T> extends java.io.Serializable {
        Page<T> load(PageRequest request);
    }

    /** A row's key for the table's selection: serializable like the loader (see below). */
    @FunctionalInterface
    public interface RowKey<T> extends java.io.Serializable {
        Object of(T row);
    }

    // The model lives in a view-scoped bean, which lives in the HTTP session: the session is written to the data
    // grid (several nodes), so both functions must be serializable; lambdas given for these types are.
    private final Loader<T> loader;
    private final RowKey<T> key;
    private transient Page<T> last;

    public LazyRows(Loader<T> loader, RowKey<T> key) {
        this.loader = loader;
        this.key = key;
    }

    /**
     * PrimeFaces asks for the count before each load. After a load the total is known; only the first time (or
     * after {@link #reset()}) does it cost a query of its own.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (last == null) {
            last = loader.load(new PageRequest(0, 1, null, true));
        }
        return (int) last.total();
    }

    /** Forgets the last page (the filters changed): the next count asks the database again. */
    public void reset() {
        last = null;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
        last = loader.load(request);
        setRowCount((int) last.total());
        return last.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
