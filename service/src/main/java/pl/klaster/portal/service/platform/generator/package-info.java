/**
 * A deterministic generator of a large, realistic data set for benchmarks: thousands of members with their people,
 * history, fees and accounts, projects with participations, outreach activities with registrations and outcomes,
 * and an audit trail, written with plain JDBC batches into a migrated database (PostgreSQL, or H2 in PostgreSQL
 * mode). Not used by the running portal: {@code GenerateData} runs it
 * from the command line, tests call {@link pl.klaster.portal.service.platform.generator.DataGenerator} directly.
 * It only adds rows, taking ids from the same sequences, in the same blocks of 50, as the application does.
 */
package pl.klaster.portal.service.platform.generator;
