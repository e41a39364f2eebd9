package curio.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of one cohort: hands the fire to {@link CohortFiring}. Its data holds the cohort
 * id ({@value #COHORT}) and, for a manual fire, {@value #NOW} = true (send today's, no due check).
 */
@DisallowConcurrentExecution
final class CohortJob implements Job {

    static final String COHORT = "cohort";
    static final String NOW = "now";
    private static final Logger LOG = LoggerFactory.getLogger(CohortJob.class);

    private final CohortFiring firing;

    CohortJob(CohortFiring firing) {
        this.firing = firing;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String id = context.getMergedJobDataMap().getString(COHORT);
        boolean now = context.getMergedJobDataMap().containsKey(NOW);
        try {
            Cohort cohort = Cohort.parse(id);
            if (now) {
                firing.fireNow(cohort);
            } else {
                firing.fireIfDue(cohort);
            }
        } catch (RuntimeException e) {
            LOG.error("Cohort {} could not be fired", id, e);
        }
    }
}
