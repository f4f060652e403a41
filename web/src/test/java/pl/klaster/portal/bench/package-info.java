/**
 * The load benchmark's harness (docs/PERFORMANCE.md): virtual users with their own signed-in sessions
 * ({@link pl.klaster.portal.bench.Browser}), a closed-loop load ({@link pl.klaster.portal.bench.Load}), the JDBC
 * floors ({@link pl.klaster.portal.bench.Floor}, {@link pl.klaster.portal.bench.Queries}), the server's memory
 * ({@link pl.klaster.portal.bench.Machine}) and the results file and table ({@link pl.klaster.portal.bench.Results}).
 * Not a test: run by {@code .ci/benchmark} through the Maven profile {@code benchmark} of this module.
 */
package pl.klaster.portal.bench;
