/**
 * Diagnostics for tests, off unless {@code klaster.diagnostics.statements=true}: how many SQL statements a
 * request ran, so a test can prove that no page runs a query per row it shows. Never enable it in production:
 * its answers say nothing secret, but they are not meant for users.
 */
package pl.klaster.portal.web.diagnostics;
