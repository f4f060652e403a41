/**
 * Work that runs on a schedule and must run once across all nodes of a cluster (several Payara Micro instances over
 * one database): the outbox now, reminders, digests and mailings as they come.
 * <p>
 * How "once" is kept: every node schedules every job at the same wall-clock instants (a non-persistent EJB calendar
 * timer, {@link pl.klaster.portal.service.platform.jobs.JobSchedule}); at each instant the nodes race for the job's
 * row in the shared database through ShedLock's JDBC lock provider, and only the winner runs it. The lock is held at
 * least half a period, so a node whose timer fires a few milliseconds later finds it taken; it lapses by itself
 * after the job's "at most" time, so a node that dies holding it stops the job for that long at worst, and the
 * others carry on. Each run is recorded in {@code job_run}.
 * <p>
 * Why not Payara's persistent EJB timers: Payara Micro 7 logs that they need the Full Profile, and their
 * data-grid store gives no record of which node ran what. The database is already shared and is the one thing
 * every node must reach anyway.
 */
package pl.klaster.portal.service.platform.jobs;
