/**
 * Error pages (not found, expired view, unexpected error) on the portal's layout, in the user's language,
 * without stack traces: an unexpected error shows an id that is also written to the log with the details.
 */
package pl.klaster.portal.web.error;
