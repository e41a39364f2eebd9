package curio.leads;

import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.UserRef;
import curio.habits.StreakRules;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Current streaks in the learner's teams, showing only learners who share. */
@Singleton
public class Leaderboards {

    static final int SHOWN = 10;
    private final TeamStore teams;
    private final LearnerStore learners;
    private final StreakRules streaks;
    private final LocalCalendar calendar;
    private final Languages languages;

    public Leaderboards(TeamStore teams, LearnerStore learners, StreakRules streaks, LocalCalendar calendar,
                        Languages languages) {
        this.languages = languages;
        this.teams = teams;
        this.learners = learners;
        this.streaks = streaks;
        this.calendar = calendar;
    }

    private record Row(String name, int streak) {
    }

    /**
     * The people in the asker's teams who share, as {@code share on} promises: nobody outside those
     * teams is listed, and someone in no team is told how to get into one.
     */
    public Message leaderboard(UserRef user) {
        Texts texts = languages.of(user);
        List<Team> mine = teams.teamsOf(user);
        if (mine.isEmpty()) {
            return Message.text(texts.get("leaderboard.noTeam"));
        }
        Set<String> people = new TreeSet<>();
        mine.forEach(team -> people.addAll(teams.members(team)));
        List<Row> rows = new ArrayList<>();
        for (String id : people) {
            Optional<Learner> learner = learners.find(new UserRef(user.tenant(), id));
            if (learner.isPresent() && learner.get().sharing()) {
                int current = streaks.peek(learner.get().user(), calendar.learningDay(learner.get().zone())).current();
                rows.add(new Row(learner.get().name(), current));
            }
        }
        rows.sort(Comparator.comparingInt(Row::streak).reversed().thenComparing(Row::name));
        StringBuilder out = new StringBuilder(texts.get("leaderboard.title"));
        for (int i = 0; i < Math.min(SHOWN, rows.size()); i++) {
            out.append(i + 1).append(". ").append(Markdown.literal(rows.get(i).name())).append(" 🔥 ")
                    .append(rows.get(i).streak()).append('\n');
        }
        if (rows.isEmpty()) {
            out.append(texts.get("leaderboard.nobody"));
        }
        return Message.text(out.append(texts.get("leaderboard.footer")).toString());
    }
}
