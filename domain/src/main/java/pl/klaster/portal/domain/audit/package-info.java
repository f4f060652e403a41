/**
 * The audit trail: who changed which field of what, when, from which value to which. Rows are only ever added
 * by the services; nothing in the application edits or deletes them.
 */
package pl.klaster.portal.domain.audit;
