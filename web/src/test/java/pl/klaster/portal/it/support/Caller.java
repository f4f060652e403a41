package pl.klaster.portal.it.support;

import java.util.concurrent.Callable;

/**
 * Runs a piece of test code with another identity. Calls it makes to services carry that identity, and each
 * service call is its own transaction (as from a page).
 */
public interface Caller {

    <V> V call(Callable<V> work) throws Exception;

    /** For work that returns nothing. */
    default void run(ThrowingRunnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
