package pl.klaster.portal.domain.diagnostics;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database into {@link SqlStatements}, per thread. It is how
 * the test that no list page runs a query per row (N+1) counts; always on, since an increment per statement costs
 * nothing next to the statement. Registered in persistence.xml, so it lives beside it, in the module every
 * deployment (WAR and EAR lib/) loads the persistence unit from.
 */
public class SqlStatementCounter extends SessionEventAdapter {

    @Override
    public void preExecuteCall(SessionEvent event) {
        SqlStatements.add();
    }
}
