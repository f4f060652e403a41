/**
 * International outreach: target markets, activities and their calendar (with iCalendar export), members'
 * registrations with the waiting list, outcome reports, and the export funnel.
 */
package pl.klaster.portal.service.outreach;
