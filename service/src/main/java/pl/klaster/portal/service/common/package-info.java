/**
 * What every service shares: paging, the caller's identity and company, and the exceptions that pages turn
 * into messages.
 */
package pl.klaster.portal.service.common;
