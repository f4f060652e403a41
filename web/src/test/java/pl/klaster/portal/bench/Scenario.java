package pl.klaster.portal.bench;

/**
 * One measured thing: what it does, whose sessions it uses, the target for its p95 at 8 users, and its JDBC floor
 * (null for the trivial page, which is itself a floor).
 */
record Scenario(String name, String request, Role role, double targetMillis, Floor floor, Factory factory) {

    enum Role {
        MEMBER, STAFF, BOARD
    }

    /** Makes one virtual user's request loop from a signed-in browser (preparing its view first when needed). */
    @FunctionalInterface
    interface Factory {
        Load.Request user(Browser browser, int index) throws Exception;
    }
}
