package curio.leads;

import curio.chat.Message;
import curio.chat.UserRef;
import curio.challenges.ChallengeStore;
import curio.habits.LearningHistory;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;

/** {@code admin stats}: how the habit is spreading in the workspace, for its admins. */
@Singleton
public class AdminStats {

    private final Roles roles;
    private final LearnerStore learners;
    private final LearningHistory history;
    private final TeamStore teams;
    private final ChallengeStore challenges;
    private final LocalCalendar calendar;

    private final Languages languages;

    public AdminStats(Roles roles, LearnerStore learners, LearningHistory history, TeamStore teams,
                      ChallengeStore challenges, LocalCalendar calendar, Languages languages) {
        this.languages = languages;
        this.roles = roles;
        this.learners = learners;
        this.history = history;
        this.teams = teams;
        this.challenges = challenges;
        this.calendar = calendar;
    }

    public Message stats(UserRef admin) {
        if (!roles.isAdmin(admin)) {
            return Message.text(languages.of(admin).get("stats.onlyAdmins"));
        }
        int enrolled = 0;
        int active = 0;
        int sharing = 0;
        int learningDays = 0;
        for (String id : learners.learnerIds(admin.tenant())) {
            Optional<Learner> learner = learners.find(new UserRef(admin.tenant(), id));
            if (learner.isEmpty() || learner.get().status() == Learner.Status.STOPPED) {
                continue;
            }
            enrolled++;
            sharing += learner.get().sharing() ? 1 : 0;
            LocalDate weekAgo = calendar.learningDay(learner.get().zone()).minusDays(7);
            long recent = history.learningDays(learner.get().user()).stream().filter(d -> d.isAfter(weekAgo)).count();
            active += recent > 0 ? 1 : 0;
            learningDays += (int) recent;
        }
        long open = challenges.all(admin.tenant()).stream().filter(c -> !c.finished()).count();
        return Message.text(languages.of(admin).get("stats.figures", enrolled, active,
                enrolled == 0 ? 0 : Math.round(100.0 * active / enrolled), learningDays, sharing,
                teams.all(admin.tenant()).size(), open));
    }
}
