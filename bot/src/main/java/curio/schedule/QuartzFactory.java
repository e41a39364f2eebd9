package curio.schedule;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;

/**
 * Builds the cohort scheduler's Quartz instance: the in-memory job store (Redis is the system of
 * record), its own small daemon thread pool, no update check, no JMX, a one-minute misfire
 * threshold. Each instance gets its own name, so several application contexts (tests) coexist.
 */
final class QuartzFactory {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private QuartzFactory() {
    }

    static Scheduler create(ScheduleSettings settings, JobFactory jobs) throws SchedulerException {
        Properties props = new Properties();
        props.setProperty("org.quartz.scheduler.instanceName", "curio-cohorts-" + INSTANCES.incrementAndGet());
        props.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        props.setProperty("org.quartz.scheduler.jmx.export", "false");
        props.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        props.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        props.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threads()));
        props.setProperty("org.quartz.threadPool.threadNamePrefix", "curio-cohort");
        props.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        props.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        Scheduler scheduler = new StdSchedulerFactory(props).getScheduler();
        scheduler.setJobFactory(jobs);
        return scheduler;
    }
}
