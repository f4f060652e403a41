/**
 * Browser tests: a real Chromium (Debian's chromium and chromium-driver, headless) against one Payara Micro
 * that runs the real WAR for the whole run ({@link pl.klaster.portal.browser.PortalServer}). Skipped with a
 * notice when Chromium is not installed.
 */
package pl.klaster.portal.browser;
