/**
 * What the application needs to run: the data source chosen by configuration (H2 by default, PostgreSQL by
 * environment variables), the Flyway migrations run at start-up, the demo data, and the readiness check.
 */
package pl.klaster.portal.service.platform;
