package pl.klaster.portal.domain.diagnostics;

/**
 * The SQL statements run on the current thread since the last {@link #reset()}: a request is served on one thread
 * (local EJB calls included), so that is what the request ran. {@link SqlStatementCounter} counts them. Kept apart
 * from it so that its readers need no EclipseLink classes.
 */
public final class SqlStatements {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private SqlStatements() {
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements run on this thread since the last {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }

    static void add() {
        COUNT.get()[0]++;
    }
}
