package pl.klaster.portal.service.platform.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.job.JobRun;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The scheduler's record of runs, each write its own transaction (REQUIRES_NEW), so a run is recorded whatever its
 * work does. Internal: only {@link ClusteredJobs} calls it (the pages may not, an architecture test checks).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    /** How long runs are kept. */
    static final int KEPT_DAYS = 7;

    @PersistenceContext
    private EntityManager em;

    /**
     * Records that {@code node} starts {@code job} now for the period that began at {@code periodStart}, and forgets
     * runs older than a week; returns the run's id. Fails (and so the run does not take place) if that period of
     * the job was already run.
     */
    public long started(String job, Instant periodStart, String node) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JobRun run = new JobRun(job, periodStart.atOffset(ZoneOffset.UTC), node, now);
        em.persist(run);
        em.createQuery("DELETE FROM JobRun r WHERE r.startedAt < :cutoff")
                .setParameter("cutoff", now.minusDays(KEPT_DAYS))
                .executeUpdate();
        em.flush();
        return run.getId();
    }

    public void finished(long id, String outcome) {
        JobRun run = em.find(JobRun.class, id);
        if (run != null) {
            run.finish(OffsetDateTime.now(ZoneOffset.UTC), outcome);
        }
    }
}
