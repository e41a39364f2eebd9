package curio.schedule;

import curio.chat.UserRef;
import curio.delivery.Delivery;
import curio.store.RedisSettings;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts learners into cohorts and keeps one Quartz {@code CronTrigger} per non-empty cohort, in the
 * cohort's time zone (so DST is Quartz's job). Quartz keeps time, Redis keeps who is due: at
 * start the triggers are rebuilt from Redis into the job store (a trigger already there is kept, so
 * replicas sharing the clustered JDBC store never duplicate one) and each cohort's fire missed during
 * downtime is sent once if at most 2 hours late (see {@link CohortFiring}). A running misfire fires
 * once right away and the same rule decides whether it is still owed. The in-memory store belongs to
 * one replica: it holds the {@link InMemoryScheduleLease} while it runs.
 */
@Context
public class CohortScheduler {

    static final String GROUP = "cohorts";
    private static final Logger LOG = LoggerFactory.getLogger(CohortScheduler.class);

    private final CohortMembers members;
    private final CohortFiring firing;
    private final Clock clock;
    private final Scheduler quartz;
    private final InMemoryScheduleLease lease;

    public CohortScheduler(CohortMembers members, CohortFiring firing, Clock clock, ScheduleSettings settings,
                           QuartzStoreSettings store, InMemoryScheduleLease lease, RedisSettings redis)
            throws SchedulerException {
        this.members = members;
        this.firing = firing;
        this.clock = clock;
        if (store.clustered() && redis.embedded()) {
            // each replica would fan out from its own embedded Redis: the learners of the others would miss fires
            throw new IllegalStateException("QUARTZ_JDBC_URL is set but REDIS_URL is not: replicas sharing the "
                    + "schedule must share one Redis; set REDIS_URL (or REDIS_SENTINELS or REDIS_CLUSTER_NODES)");
        }
        if (store.clustered()) {
            QuartzTables.ensure(store);
            this.lease = null;
        } else {
            lease.acquire();
            this.lease = lease;
        }
        try {
            this.quartz = QuartzFactory.create(settings, store, (bundle, scheduler) -> new CohortJob(firing));
            rebuild();
            quartz.start();
        } catch (SchedulerException | RuntimeException e) {
            if (this.lease != null) {
                this.lease.release();
            }
            throw e;
        }
        if (store.clustered()) {
            // the instance names this replica in qrtz_scheduler_state and qrtz_fired_triggers
            LOG.info("Schedule: clustered JDBC (QUARTZ_JDBC_URL) job store, instance {} of {}", quartz.getSchedulerInstanceId(),
                    QuartzFactory.CLUSTER);
        } else {
            LOG.info("Schedule: in-memory job store");
        }
    }

    /** True when the triggers live in the clustered JDBC store shared by every replica. */
    public boolean clustered() {
        try {
            return quartz.getMetaData().isJobStoreClustered();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts the learner into their PROMPT, CHECKIN and NUDGE cohorts, out of any others. */
    public synchronized void schedule(UserRef user, LearnerSchedule schedule) {
        Set<Cohort> cohorts = new LinkedHashSet<>();
        cohorts.add(new Cohort(schedule.zone(), schedule.promptTime(), schedule.workingDays(), Delivery.Kind.PROMPT));
        cohorts.add(new Cohort(schedule.zone(), schedule.checkinTime(), schedule.workingDays(), Delivery.Kind.CHECKIN));
        NudgeTime.of(schedule.promptTime(), schedule.checkinTime()).ifPresent(time ->
                cohorts.add(new Cohort(schedule.zone(), time, schedule.workingDays(), Delivery.Kind.NUDGE)));
        Set<String> ids = new LinkedHashSet<>();
        cohorts.forEach(cohort -> ids.add(cohort.id()));
        List<String> emptied = members.move(user, ids);
        cohorts.forEach(this::ensureTrigger);
        emptied.forEach(this::dropTrigger);
    }

    /** Takes the learner out of every cohort. */
    public synchronized void unschedule(UserRef user) {
        members.move(user, Set.of()).forEach(this::dropTrigger);
    }

    public Set<String> cohortsOf(UserRef user) {
        return members.cohortsOf(user);
    }

    /** The ids of the cohorts that have a trigger. */
    public Set<String> triggeredCohorts() {
        try {
            Set<String> ids = new LinkedHashSet<>();
            quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP)).forEach(key -> ids.add(key.getName()));
            return ids;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cohort trigger's next {@code count} fire times after {@code after}; empty without a trigger. */
    public List<Instant> nextFireTimes(String cohortId, Instant after, int count) {
        List<Instant> times = new ArrayList<>();
        if (trigger(cohortId).isEmpty()) {
            return times;
        }
        // the trigger's own cron, in its zone, independent of when the trigger started
        org.quartz.CronExpression cron = Cohort.parse(cohortId).cronExpression();
        Date next = Date.from(after);
        for (int i = 0; i < count; i++) {
            next = cron.getNextValidTimeAfter(next);
            if (next == null) {
                break;
            }
            times.add(next.toInstant());
        }
        return times;
    }

    /** Fires the cohort's job now: queues today's deliveries for every member (operators, benchmarks). */
    public void fireNow(String cohortId) {
        try {
            JobDataMap data = new JobDataMap();
            data.put(CohortJob.NOW, "true");
            quartz.triggerJob(JobKey.jobKey(cohortId, GROUP), data);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot fire cohort " + cohortId + ": " + e.getMessage(), e);
        }
    }

    @PreDestroy
    public void stop() throws SchedulerException {
        try {
            quartz.shutdown(true);
        } finally {
            if (lease != null) {
                lease.release();
            }
        }
    }

    private void rebuild() {
        List<String> ids = members.nonEmptyCohorts();
        for (String id : ids) {
            try {
                Cohort cohort = Cohort.parse(id);
                ensureTrigger(cohort);
                requestRecovery(cohort);
                firing.fireIfDue(cohort);
            } catch (RuntimeException e) {
                LOG.error("Cohort {} could not be rebuilt", id, e);
            }
        }
        LOG.info("Schedule: {} cohort triggers rebuilt from Redis", ids.size());
    }

    /** A job a clustered store kept from before cohort jobs requested recovery is stored again with it. */
    private void requestRecovery(Cohort cohort) {
        try {
            JobDetail job = quartz.getJobDetail(JobKey.jobKey(cohort.id(), GROUP));
            if (job != null && !job.requestsRecovery()) {
                quartz.addJob(job.getJobBuilder().requestRecovery().build(), true, true);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot update cohort " + cohort.id() + ": " + e.getMessage(), e);
        }
    }

    private Optional<Trigger> trigger(String cohortId) {
        try {
            return Optional.ofNullable(quartz.getTrigger(TriggerKey.triggerKey(cohortId, GROUP)));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private void ensureTrigger(Cohort cohort) {
        String id = cohort.id();
        try {
            if (quartz.checkExists(TriggerKey.triggerKey(id, GROUP))) {
                return;
            }
            // replace: another replica may have stored the same cohort's job since the check.
            // requestRecovery: a replica killed during the fan-out leaves the job to the others, who run it again
            // (the fire is not marked done yet, and delivery keys stop a second copy of what was queued)
            quartz.scheduleJob(
                    JobBuilder.newJob(CohortJob.class).withIdentity(id, GROUP).usingJobData(CohortJob.COHORT, id)
                            .requestRecovery().build(),
                    Set.of(TriggerBuilder.newTrigger().withIdentity(id, GROUP)
                            // Quartz fires on its own (system) time; a start taken from the injected clock
                            // would look like a misfire to Quartz whenever that clock is set in the past.
                            // Missed fires after downtime are the catch-up's job (rebuild, fireIfDue).
                            .startNow()
                            .withSchedule(CronScheduleBuilder.cronSchedule(cohort.cron())
                                    .inTimeZone(TimeZone.getTimeZone(cohort.zone()))
                                    .withMisfireHandlingInstructionFireAndProceed())
                            .build()), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule cohort " + id + ": " + e.getMessage(), e);
        }
    }

    private void dropTrigger(String cohortId) {
        try {
            quartz.unscheduleJob(TriggerKey.triggerKey(cohortId, GROUP));
            // another replica may have put a learner into the cohort since it emptied: it saw the
            // trigger still there and added none, so the cohort would never fire again
            if (members.size(cohortId) > 0) {
                ensureTrigger(Cohort.parse(cohortId));
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot drop cohort " + cohortId + ": " + e.getMessage(), e);
        }
    }
}
