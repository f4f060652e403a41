/**
 * Writing and reading the audit trail. Services record every change they make; STAFF and ADMIN read it.
 * There is no way in the application to change or delete an entry.
 */
package pl.klaster.portal.service.audit;
