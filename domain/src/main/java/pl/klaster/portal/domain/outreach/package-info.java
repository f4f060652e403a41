/**
 * International outreach: the cluster's target markets, outreach activities (trade fairs with a shared stand,
 * trade missions, B2B matchmaking, conferences, study visits, webinars), members' registrations with their
 * waiting list, and the outcomes members report afterwards.
 */
package pl.klaster.portal.domain.outreach;
