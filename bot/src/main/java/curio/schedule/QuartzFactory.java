package curio.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;

/**
 * Builds the cohort scheduler's Quartz instance: its own small daemon thread pool, no update check, no
 * JMX, a one-minute misfire threshold. The job store is the in-memory one (Redis is the system of
 * record), or with {@code QUARTZ_JDBC_URL} the clustered JDBC store on PostgreSQL, through HikariCP:
 * every replica is an instance of the scheduler {@value #CLUSTER}, each trigger fires on one of them.
 * Quartz keeps schedulers and data sources in JVM-wide registries by name: each instance gets its own
 * data source name and leaves the registry, so several application contexts (tests) coexist.
 */
final class QuartzFactory {

    static final String CLUSTER = "curio-cohorts";
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private QuartzFactory() {
    }

    static Scheduler create(ScheduleSettings settings, QuartzStoreSettings store, JobFactory jobs)
            throws SchedulerException {
        int instance = INSTANCES.incrementAndGet();
        Properties props = new Properties();
        String name = store.clustered() ? CLUSTER : CLUSTER + "-" + instance;
        props.setProperty("org.quartz.scheduler.instanceName", name);
        props.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        props.setProperty("org.quartz.scheduler.jmx.export", "false");
        props.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        props.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        props.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threads()));
        props.setProperty("org.quartz.threadPool.threadNamePrefix", "curio-cohort");
        props.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        props.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        if (store.clustered()) {
            jdbc(props, settings, store, "curio-quartz-" + instance);
        } else {
            props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        }
        Scheduler scheduler = new StdSchedulerFactory(props).getScheduler();
        SchedulerRepository.getInstance().remove(name);
        scheduler.setJobFactory(jobs);
        return scheduler;
    }

    private static void jdbc(Properties props, ScheduleSettings settings, QuartzStoreSettings store, String dataSource) {
        props.setProperty("org.quartz.scheduler.instanceId", host() + "-" + UUID.randomUUID().toString().substring(0, 8));
        props.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        props.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        props.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        props.setProperty("org.quartz.jobStore.useProperties", "true");
        props.setProperty("org.quartz.jobStore.isClustered", "true");
        props.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(store.checkinInterval().toMillis()));
        props.setProperty("org.quartz.jobStore.makeThreadsDaemons", "true");
        props.setProperty("org.quartz.jobStore.dataSource", dataSource);
        String prefix = "org.quartz.dataSource." + dataSource + ".";
        props.setProperty(prefix + "provider", "hikaricp");
        props.setProperty(prefix + "driver", "org.postgresql.Driver");
        props.setProperty(prefix + "URL", store.jdbcUrl());
        props.setProperty(prefix + "maxConnections", Integer.toString(settings.threads() + 3));
        props.setProperty(prefix + "validationQuery", "SELECT 1");
        if (!store.jdbcUser().isEmpty()) {
            props.setProperty(prefix + "user", store.jdbcUser());
        }
        if (!store.jdbcPassword().isEmpty()) {
            props.setProperty(prefix + "password", store.jdbcPassword());
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "curio";
        }
    }
}
