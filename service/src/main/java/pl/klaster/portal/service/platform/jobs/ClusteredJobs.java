package pl.klaster.portal.service.platform.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import pl.klaster.portal.service.mail.MailSender;
import pl.klaster.portal.service.platform.DatabaseMigration;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each clustered job once per period across all nodes (see the package description for how). The jobs and
 * their defaults are listed in {@link #register()}; each one's period and lock limit can be set by configuration:
 * {@code klaster.jobs.<name>.every} (e.g. {@code 20s}) and {@code klaster.jobs.<name>.at-most} (e.g. {@code 10m}).
 * The node's name in the record is {@code klaster.node.name}, by default the host name and process id.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusteredJobs {

    private static final Logger LOG = Logger.getLogger(ClusteredJobs.class.getName());

    /** One job: its schedule, how long its lock may be held at most, and its work. */
    record Job(String name, JobSchedule schedule, Duration atMost, Runnable work) {
    }

    @Resource
    private TimerService timers;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private JobRuns runs;

    @Inject
    private MailSender mailSender;

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private LockProvider locks;
    private String node;

    @PostConstruct
    void start() {
        Config config = ConfigProvider.getConfig();
        node = config.getOptionalValue("klaster.node.name", String.class).filter(n -> !n.isBlank())
                .orElseGet(ClusteredJobs::defaultNodeName);
        locks = new JdbcLockProvider(dataSource);
        register();
        for (Job job : jobs.values()) {
            timers.createCalendarTimer(job.schedule().expression(), new TimerConfig(job.name(), false));
        }
        LOG.info(() -> "Clustered jobs on node " + node + ": " + jobs.values().stream()
                .map(j -> j.name() + " every " + j.schedule().period().toSeconds() + " s").toList());
    }

    /** Every clustered job, with its default period and lock limit. */
    private void register() {
        add("outbox", "20s", "10m", mailSender::sendDue);
    }

    private void add(String name, String every, String atMost, Runnable work) {
        Config config = ConfigProvider.getConfig();
        JobSchedule schedule = JobSchedule.parse(config.getOptionalValue("klaster.jobs." + name + ".every", String.class).orElse(every));
        Duration most = JobSchedule.duration(config.getOptionalValue("klaster.jobs." + name + ".at-most", String.class).orElse(atMost));
        if (most.compareTo(schedule.period()) <= 0) {
            throw new IllegalArgumentException("klaster.jobs." + name + ".at-most must be longer than its period");
        }
        jobs.put(name, new Job(name, schedule, most, work));
    }

    @Timeout
    void fire(Timer timer) {
        Job job = jobs.get(String.valueOf(timer.getInfo()));
        if (job != null) {
            runOnceAcrossNodes(job, periodStart(timer, job.schedule().period()));
        }
    }

    /** The mark this firing belongs to: the next timeout less one period (a late firing keeps its own mark). */
    static Instant periodStart(Timer timer, Duration period) {
        Instant now = Instant.now();
        try {
            Instant mark = timer.getNextTimeout().toInstant().minus(period);
            return mark.isAfter(now) ? now : mark;
        } catch (RuntimeException e) {
            return now;
        }
    }

    private void runOnceAcrossNodes(Job job, Instant periodStart) {
        Optional<SimpleLock> lock;
        try {
            // the lock counts from the period's mark and is held at least to the next one, so a node whose timer
            // fires late in the same period still finds it taken; it lapses by itself after "at most"
            lock = locks.lock(new LockConfiguration(periodStart, job.name(), job.atMost(), job.schedule().period()));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Job " + job.name() + " not run now: its lock could not be taken (" + e.getMessage() + ")");
            return;
        }
        if (lock.isEmpty()) {
            return; // another node runs it in this period
        }
        try {
            long run = runs.started(job.name(), periodStart, node);
            String outcome = "ok";
            try {
                job.work().run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Job " + job.name() + " failed; it runs again in its next period", e);
                outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            runs.finished(run, outcome);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Job " + job.name() + " could not be recorded (" + e.getMessage() + ")");
        } finally {
            lock.get().unlock();
        }
    }

    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
