package curio.dashboard;

import curio.chat.Profile;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.support.Chat;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workspace with a history, made through the chat as people would, the clock moved day by day.
 * Today is Monday 2026-03-02 (UTC). Ada is an admin; Leo leads #learning (Mia, Noah, Omar), not a
 * learner himself; #design holds Pia. Rae is in no team. Everyone enrolled on 2026-02-10.
 * <ul>
 * <li>Mia (shares) checks in every day from 2026-02-21 to today: a 10-day streak; one check-in reads
 *     {@value #FORMULA}.</li>
 * <li>Noah checks in on Sunday 03-01 and today (streak 2); Omar only on 02-15 (streak 0);
 *     Rae on Friday 02-27 (streak 1, the weekend is not a working day); Pia (shares) never.</li>
 * <li>Today Mia answers a quiz of {@link #quizTrack} right and Noah wrong.</li>
 * <li>Leo's challenge c1 in #learning (2 check-ins, 02-25 to 03-06): Mia finished it, Noah joined.</li>
 * </ul>
 */
final class DashboardWorkspace {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** Learners who learned on each day, as the chart must draw them (days not listed: none). */
    static final Map<LocalDate, Integer> LEARNING_DAYS = learningDays();
    private static final Pattern LINK = Pattern.compile("\\((https?://[^)\\s]+)\\)");

    private final Chat chat;
    private final FakeChatAdapter adapter;
    private final MutableClock clock;
    String quizTrack;

    DashboardWorkspace(Chat chat, FakeChatAdapter adapter, MutableClock clock) {
        this.chat = chat;
        this.adapter = adapter;
        this.clock = clock;
    }

    DashboardWorkspace seed(PromptLibrary library) {
        adapter.setProfile(Chat.user("ada"), new Profile("Ada", ZoneId.of("UTC"), Locale.ENGLISH, true));
        adapter.addChannel("learning", "ada", "leo", "mia", "noah", "omar");
        adapter.addChannel("design", "ada", "pia");
        day(-20);
        for (String learner : List.of("mia", "noah", "omar", "pia", "rae")) {
            chat.say(learner, "start");
        }
        chat.say("mia", "share on");
        chat.say("pia", "share on");
        chat.say("ada", "team setup <#learning>");
        chat.say("ada", "team setup <#design>");
        chat.say("ada", "admin leads add <@leo> <#learning>");
        day(-15);
        chat.say("omar", "tried reading the docs first");
        day(-5);
        chat.submitForm("leo", curio.challenges.ChallengeForm.CALLBACK, challenge());
        chat.say("mia", "challenge join c1");
        chat.say("noah", "challenge join c1");
        for (int day = -9; day <= 0; day++) {
            day(day);
            chat.say("mia", day == -5 || day == -4 ? "tried c1: a small experiment on day " + day
                    : day == -2 ? "tried " + FORMULA : "tried something new on day " + day);
        }
        day(-3);
        chat.say("rae", "tried a quiet hour of focus");
        day(-1);
        chat.say("noah", "tried pairing on Sunday");
        day(0);
        chat.say("noah", "tried asking better questions");
        Prompt quiz = library.tracks().stream().flatMap(t -> t.prompts().stream())
                .filter(p -> p.kind() == Prompt.Kind.QUIZ).findFirst().orElseThrow();
        quizTrack = quiz.track();
        chat.click("mia", "prompt.quiz", quiz.id() + ":" + quiz.answer());
        chat.click("noah", "prompt.quiz", quiz.id() + ":" + ((quiz.answer() + 1) % quiz.choices().size()));
        return this;
    }

    /** What {@code user} gets for {@code admin dashboard}: the link in the reply. */
    String link(String user) {
        String reply = Chat.text(chat.say(user, "admin dashboard").last());
        Matcher link = LINK.matcher(reply);
        if (!link.find()) {
            throw new AssertionError("no link in: " + reply);
        }
        return link.group(1);
    }

    private void day(int offset) {
        clock.set(TestClockFactory.START.plus(Duration.ofDays(offset)));
    }

    private static Map<String, String> challenge() {
        Map<String, String> values = new HashMap<>();
        values.put("title", "Two experiments");
        values.put("description", "Try two small experiments.");
        values.put("goal", "two tagged check-ins");
        values.put("target", "2");
        values.put("unit", "CHECKINS");
        values.put("start", "2026-02-25");
        values.put("end", "2026-03-06");
        values.put("team", "learning");
        return values;
    }

    private static Map<LocalDate, Integer> learningDays() {
        Map<LocalDate, Integer> days = new HashMap<>();
        for (int day = -9; day <= 0; day++) {
            days.merge(TODAY.plusDays(day), 1, Integer::sum);
        }
        days.merge(TODAY.minusDays(15), 1, Integer::sum);
        days.merge(TODAY.minusDays(3), 1, Integer::sum);
        days.merge(TODAY.minusDays(1), 1, Integer::sum);
        days.merge(TODAY, 1, Integer::sum);
        return Map.copyOf(days);
    }
}
