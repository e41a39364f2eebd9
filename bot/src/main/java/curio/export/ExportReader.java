package curio.export;

import curio.challenges.Challenge;
import curio.challenges.ChallengeStore;
import curio.chat.UserRef;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.content.PromptSelector;
import curio.habits.AnswerLog;
import curio.habits.LearningHistory;
import curio.habits.StreakRules;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.learners.Learner;
import curio.store.Keys;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/** Reads everything Curio holds about a learner into a {@link LearnerExport}, prompts named by their titles. */
@Singleton
public class ExportReader {

    static final String SHARED_TITLE = "A teammate's check-in";

    private final UnifiedJedis redis;
    private final AnswerLog answers;
    private final LearningHistory history;
    private final StreakRules streaks;
    private final PromptLibrary library;
    private final ChallengeStore challenges;
    private final TeamStore teams;
    private final Clock clock;

    public ExportReader(UnifiedJedis redis, AnswerLog answers, LearningHistory history, StreakRules streaks,
                        PromptLibrary library, ChallengeStore challenges, TeamStore teams, Clock clock) {
        this.redis = redis;
        this.answers = answers;
        this.history = history;
        this.streaks = streaks;
        this.library = library;
        this.challenges = challenges;
        this.teams = teams;
        this.clock = clock;
    }

    /** The learner's export on {@code today}, their learning day; answers past the retention window are dropped first. */
    public LearnerExport read(Learner learner, LocalDate today) {
        UserRef user = learner.user();
        answers.prune(user, today);
        List<LearnerExport.Written> checkIns = new ArrayList<>();
        List<LearnerExport.Written> written = new ArrayList<>();
        List<LearnerExport.Written> done = new ArrayList<>();
        List<LearnerExport.QuizAnswer> quizzes = new ArrayList<>();
        for (AnswerLog.Entry entry : answers.recent(user, Integer.MAX_VALUE)) {
            switch (entry.kind()) {
                case AnswerLog.CHECK_IN -> checkIns.add(new LearnerExport.Written(entry.day(), "", entry.text()));
                case AnswerLog.REFLECTION -> written.add(new LearnerExport.Written(entry.day(), title(entry.prompt()), entry.text()));
                case AnswerLog.DONE -> done.add(new LearnerExport.Written(entry.day(), title(entry.prompt()), ""));
                case AnswerLog.QUIZ -> quizzes.add(new LearnerExport.QuizAnswer(entry.day(), title(entry.prompt()),
                        AnswerLog.RIGHT.equals(entry.text())));
                default -> { }
            }
        }
        List<LearnerExport.QuizReview> reviews = redis.zrangeWithScores(Keys.review(user), 0, -1).stream()
                .map(t -> new LearnerExport.QuizReview(title(t.getElement()), LocalDate.ofEpochDay((long) t.getScore() / 10),
                        (int) (t.getScore() % 10)))
                .toList();
        return new LearnerExport(learner, ZonedDateTime.now(clock.withZone(learner.zone())), streaks.peek(user, today),
                history.learningDays(user), checkIns, written, done, quizzes, reviews, challenges(user),
                teams.teamsOf(user).stream().map(Team::label).toList());
    }

    private List<LearnerExport.ChallengeProgress> challenges(UserRef user) {
        List<LearnerExport.ChallengeProgress> out = new ArrayList<>();
        for (Challenge challenge : challenges.all(user.tenant())) {
            Integer done = challenges.progress(challenge).get(user.userId());
            if (done != null) {
                out.add(new LearnerExport.ChallengeProgress(challenge.id(), challenge.title(), done, challenge.target(),
                        challenge.unit() == Challenge.Unit.DAYS ? "days with a check-in" : "check-ins"));
            }
        }
        return out;
    }

    /**
     * A prompt's title (a quiz's question); its id when the library no longer holds it. A prompt made of
     * a teammate's check-in is named as such: its id holds the teammate's user id.
     */
    private String title(String promptId) {
        if (promptId.startsWith(PromptSelector.SHARED_PREFIX)) {
            return SHARED_TITLE;
        }
        return library.prompt(promptId).map(Prompt::title).orElse(promptId);
    }
}
