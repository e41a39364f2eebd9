package curio.schedule;

import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of one cohort: hands the fire to {@link CohortFiring}. Its data holds the cohort
 * id ({@value #COHORT}) and, for a manual fire, {@value #NOW} = true (send today's, no due check).
 *
 * <p>A fire that fails (Redis away at the due minute) is tried again on the same thread, after
 * {@link #RETRY_PAUSE} each time, for up to {@link #RETRY_FOR}: Quartz fires an occurrence once, and
 * without the retries the cohort's learners got nothing that day unless Curio restarted. Firing twice
 * is harmless: the cohort's fired mark and the deliveries' keys hold each learner to one message.
 */
@DisallowConcurrentExecution
final class CohortJob implements Job {

    static final String COHORT = "cohort";
    static final String NOW = "now";
    static final Duration RETRY_PAUSE = Duration.ofSeconds(5);
    static final Duration RETRY_FOR = Duration.ofMinutes(3);
    private static final Logger LOG = LoggerFactory.getLogger(CohortJob.class);

    private final CohortFiring firing;

    CohortJob(CohortFiring firing) {
        this.firing = firing;
    }

    @Override
    public void execute(JobExecutionContext context) {
        fire(context.getMergedJobDataMap().getString(COHORT), context.getMergedJobDataMap().containsKey(NOW));
    }

    /** Fires the cohort, trying again while it fails, for up to {@link #RETRY_FOR}. */
    void fire(String id, boolean now) {
        Cohort cohort;
        try {
            cohort = Cohort.parse(id);
        } catch (RuntimeException e) {
            LOG.error("Cohort {} could not be fired: {}", id, e.toString());
            return;
        }
        long giveUpAt = System.nanoTime() + RETRY_FOR.toNanos();
        while (true) {
            try {
                if (now) {
                    firing.fireNow(cohort);
                } else {
                    firing.fireIfDue(cohort);
                }
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() >= giveUpAt) {
                    LOG.error("Cohort {} could not be fired for {}; its learners get this occurrence only after a "
                            + "restart (catch-up)", id, RETRY_FOR, e);
                    return;
                }
                LOG.warn("Cohort {} could not be fired, trying again in {}: {}", id, RETRY_PAUSE, e.toString());
            }
            try {
                Thread.sleep(RETRY_PAUSE.toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                LOG.warn("Cohort {} not fired: Curio is stopping; the catch-up at the next start sends it", id);
                return;
            }
        }
    }
}
