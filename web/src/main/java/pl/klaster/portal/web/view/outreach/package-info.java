/** Pages of international outreach: activities, the calendar, registrations, outcomes, target markets and the funnel. */
package pl.klaster.portal.web.view.outreach;
