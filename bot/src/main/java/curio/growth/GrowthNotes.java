package curio.growth;

import curio.challenges.ChallengeStore;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.UserRef;
import curio.habits.AnswerLog;
import curio.habits.LearningHistory;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Growth talk notes: what a learner did this quarter, to bring to their growth talk: their goal,
 * learning days, what they tried (their check-ins, newest first) and the challenges they finished.
 * A lead gets the same for the members of their teams who share.
 */
@Singleton
public class GrowthNotes {

    /** Check-ins listed per person, and the characters kept of each. */
    static final int TRIED_SHOWN = 8;
    static final int TRIED_CHARS = 120;
    /** People per message of a lead's notes, so one message stays within a platform's block limits. */
    static final int PEOPLE_PER_MESSAGE = 10;

    private final LearnerStore learners;
    private final LearningHistory history;
    private final AnswerLog answers;
    private final ChallengeStore challenges;
    private final TeamStore teams;
    private final LocalCalendar calendar;

    public GrowthNotes(LearnerStore learners, LearningHistory history, AnswerLog answers, ChallengeStore challenges,
                       TeamStore teams, LocalCalendar calendar) {
        this.learners = learners;
        this.history = history;
        this.answers = answers;
        this.challenges = challenges;
        this.teams = teams;
        this.calendar = calendar;
    }

    /** What {@code growth notes} answers: the person's own notes if they learn, and their sharing members' if they lead. */
    public List<Message> onDemand(UserRef user) {
        Optional<Learner> learner = learners.find(user);
        Texts texts = Texts.in(learner.map(Learner::language).orElse(Locale.ENGLISH));
        List<Team> led = ledTeams(user);
        if (learner.isEmpty() && led.isEmpty()) {
            return List.of(Message.text(texts.get("growth.notEnrolled")));
        }
        ZoneId zone = learner.map(Learner::zone).or(() -> led.stream().findFirst().map(Team::zone)).orElse(ZoneOffset.UTC);
        LocalDate day = calendar.learningDay(zone);
        List<Message> out = new ArrayList<>();
        learner.ifPresent(l -> out.add(own(l, day)));
        if (!led.isEmpty()) {
            List<Message> members = forLead(user, day, texts);
            out.addAll(members.isEmpty() ? List.of(Message.text(texts.get("growth.noSharers"))) : members);
        }
        return out;
    }

    /** The learner's own notes for the quarter of {@code day}, in their language. */
    public Message own(Learner learner, LocalDate day) {
        Quarter quarter = Quarter.of(day);
        Texts texts = Texts.in(learner.language());
        return Message.builder(texts.get("growth.own.title", quarter.label()))
                .text(texts.get("growth.own.heading", quarter.label()))
                .text(summary(texts, learner, quarter, day, true))
                .context(texts.get("growth.own.context"))
                .build();
    }

    /**
     * The notes of the sharing members of the teams {@code lead} leads (not their own), a few people a
     * message, in the lead's language ({@code texts}).
     */
    public List<Message> forLead(UserRef lead, LocalDate day, Texts texts) {
        Quarter quarter = Quarter.of(day);
        List<Learner> members = ledTeams(lead).stream()
                .flatMap(team -> teams.members(team).stream())
                .distinct()
                .filter(id -> !id.equals(lead.userId()))
                .map(id -> learners.find(new UserRef(lead.tenant(), id)))
                .flatMap(Optional::stream)
                .filter(Learner::sharing)
                .sorted(Comparator.comparing(Learner::name).thenComparing(l -> l.user().userId()))
                .toList();
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i += PEOPLE_PER_MESSAGE) {
            Message.Builder message = Message.builder(texts.get("growth.team.title", quarter.label()))
                    .text(texts.get("growth.team.heading", quarter.label()));
            members.subList(i, Math.min(members.size(), i + PEOPLE_PER_MESSAGE)).forEach(member -> message.text(
                    "*" + Markdown.literal(member.name()) + "*\n" + summary(texts, member, quarter, day, false)));
            out.add(message.context(texts.get("growth.team.context")).build());
        }
        return out;
    }

    List<Team> ledTeams(UserRef user) {
        return teams.all(user.tenant()).stream().filter(team -> team.leads().contains(user.userId())).toList();
    }

    /** {@code own}: the learner reads it ("what you tried"), else their lead ("what they tried"). */
    private String summary(Texts texts, Learner learner, Quarter quarter, LocalDate day, boolean own) {
        UserRef user = learner.user();
        long days = history.learningDays(user).stream().filter(quarter::holds).count();
        String goal = learner.goalFor(day).map(g -> "_" + Markdown.literal(g) + "_")
                .orElse(texts.get(own ? "growth.noGoalYou" : "growth.noGoal"));
        String finished = challenges.all(user.tenant()).stream()
                .filter(c -> !c.end().isBefore(quarter.first()) && !c.start().isAfter(quarter.last()))
                .filter(c -> challenges.progress(c).getOrDefault(user.userId(), 0) >= c.target())
                .map(c -> Markdown.literal(c.title()) + " (" + c.id() + ")")
                .collect(Collectors.joining(", "));
        List<AnswerLog.Entry> tried = answers.recent(user, Integer.MAX_VALUE).stream()
                .filter(e -> e.kind().equals(AnswerLog.CHECK_IN) && quarter.holds(e.day()))
                .toList();
        String triedLines = tried.stream().limit(TRIED_SHOWN)
                .map(e -> "- " + e.day() + ": " + Markdown.literal(clip(e.text())))
                .collect(Collectors.joining("\n"));
        if (tried.size() > TRIED_SHOWN) {
            triedLines += "\n" + texts.get("growth.more", tried.size() - TRIED_SHOWN);
        }
        return texts.get("growth.summary", goal, days, finished.isEmpty() ? texts.get("growth.none") : finished,
                texts.get(own ? "growth.triedYou" : "growth.triedThey"),
                triedLines.isEmpty() ? texts.get("growth.noCheckIns") : triedLines);
    }

    private static String clip(String text) {
        return text.length() > TRIED_CHARS ? text.substring(0, TRIED_CHARS) + "…" : text;
    }
}
