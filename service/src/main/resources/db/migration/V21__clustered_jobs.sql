-- Work that must run once across all nodes (issue 16). Every node schedules each job at the same wall-clock
-- instants; the node that takes the job's row in shedlock for that period runs it, the others skip it.
-- shedlock is the table of the ShedLock library's JDBC lock provider (net.javacrumbs.shedlock), in its own layout:
-- lock_until is when the lock lapses by itself (a node that dies holding it blocks the job at most that long).
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3) NOT NULL,
    locked_at   TIMESTAMP(3) NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);

-- One row per run that took place: the period it ran for (the wall-clock mark its timers fired at), the node,
-- start and end, "ok" or the failure. Unique per job and period: even if a lock were lost, a second run of the
-- same period cannot be recorded, and an unrecorded run does not start. Kept seven days.
CREATE SEQUENCE job_run_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE job_run (
    id            BIGINT       NOT NULL PRIMARY KEY,
    job           VARCHAR(64)  NOT NULL,
    period_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    node          VARCHAR(255) NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    outcome       VARCHAR(500)
);
CREATE UNIQUE INDEX job_run_once_idx ON job_run (job, period_start);
CREATE INDEX job_run_time_idx ON job_run (started_at);
