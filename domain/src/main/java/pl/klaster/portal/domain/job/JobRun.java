package pl.klaster.portal.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One run of a clustered job on one node. Written when the run starts (after the node won the job's lock for this
 * period) and completed when it ends; a run whose node died has no end. Never edited otherwise.
 */
@Entity
@Table(name = "job_run")
public class JobRun implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 64;
    public static final int NODE_LENGTH = 255;
    public static final int OUTCOME_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
    private Long id;

    @Column(name = "job", nullable = false, length = NAME_LENGTH, updatable = false)
    private String job;

    /** The wall-clock mark the run is for; one run per job and mark (a unique index). */
    @Column(name = "period_start", nullable = false, updatable = false)
    private OffsetDateTime periodStart;

    @Column(name = "node", nullable = false, length = NODE_LENGTH, updatable = false)
    private String node;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "outcome", length = OUTCOME_LENGTH)
    private String outcome;

    protected JobRun() {
    }

    public JobRun(String job, OffsetDateTime periodStart, String node, OffsetDateTime startedAt) {
        this.job = job;
        this.periodStart = periodStart;
        this.node = node.length() > NODE_LENGTH ? node.substring(0, NODE_LENGTH) : node;
        this.startedAt = startedAt;
    }

    /** The run ended: "ok", or the failure in one line. */
    public void finish(OffsetDateTime at, String outcome) {
        this.finishedAt = at;
        this.outcome = outcome == null || outcome.length() <= OUTCOME_LENGTH ? outcome : outcome.substring(0, OUTCOME_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public OffsetDateTime getPeriodStart() {
        return periodStart;
    }

    public String getNode() {
        return node;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
