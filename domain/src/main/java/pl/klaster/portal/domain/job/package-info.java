/**
 * The record of scheduled work: each run of a job that must run once across all nodes (the outbox now; reminders,
 * digests and mailings later), with the node that ran it, when, and how it ended. Written by the service module's
 * scheduler, kept seven days, read by operators and by the two-node check that proves "once".
 */
package pl.klaster.portal.domain.job;
