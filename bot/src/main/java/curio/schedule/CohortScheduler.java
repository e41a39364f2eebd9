package curio.schedule;

import curio.chat.UserRef;
import jakarta.inject.Singleton;

/** Placeholder until the Quartz cohort scheduler lands (branch delivery). */
@Singleton
public class CohortScheduler {

    public void schedule(UserRef user, LearnerSchedule schedule) {
    }

    public void unschedule(UserRef user) {
    }
}
