package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.BotEventHandler;
import curio.chat.Profile;
import curio.challenges.ChallengeForm;
import curio.delivery.Delivery;
import curio.delivery.DeliveryComposer;
import curio.learners.LocalCalendar;
import curio.support.Chat;
import curio.support.CountingJedis;
import curio.support.EngineTest;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import curio.store.Keys;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * Redis round trips of each learner command, counted at the Jedis executor (BENCHMARKS.md quotes the
 * table this prints). A check-in from a known learner who does not share must stay within
 * {@link #CHECK_IN_BUDGET}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandRoundTripsTest implements EngineTest {

    static final long CHECK_IN_BUDGET = 2;

    @Inject
    BotEventHandler engine;
    @Inject
    FakeChatAdapter adapter;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;
    @Inject
    DeliveryComposer composer;
    @Inject
    LocalCalendar calendar;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(EngineTest.super.getProperties());
        properties.put("curio.test.count-round-trips", "true");
        return properties;
    }

    @Test
    void aCheckInFromAKnownLearnerTakesAtMostTwoRoundTrips() {
        redis.flushAll();
        adapter.clear();
        clock.set(TestClockFactory.START);
        Chat chat = new Chat(engine);
        adapter.setProfile(Chat.user("ada"), new Profile("Ada", ZoneId.of("UTC"), Locale.ENGLISH, true));
        adapter.setProfile(Chat.user("mia"), new Profile("Mia", ZoneId.of("Europe/Berlin"), Locale.ENGLISH, false));
        adapter.addChannel("learning", "ada", "leo", "mia");
        Map<String, Long> trips = new LinkedHashMap<>();
        Tally tally = (label, user, text) -> trips.put(label, CountingJedis.count(() -> chat.say(user, text)));

        tally.say("start (new learner)", "mia", "start");
        tally.say("tried (sharing off)", "mia", "tried asked a colleague for feedback");
        tally.say("tried again the same day", "mia", "tried one more thing");
        tally.say("tried (unknown person)", "zed", "tried something");
        chat.say("kai", "start");
        redis.hset(Keys.learner(Chat.user("kai")), "tz", "Asia/Tokyo");
        tally.say("tried (zone changed on another replica)", "kai", "tried a new shortcut");
        chat.say("noa", "start");
        chat.say("noa", "goal write one SQL query a day");
        Delivery todaysPrompt = new Delivery(Chat.user("noa"), Delivery.Kind.PROMPT, calendar.learningDay(ZoneId.of("UTC")));
        trips.put("scheduled prompt, composed (chosen earlier that day)",
                CountingJedis.count(() -> composer.compose(todaysPrompt).orElseThrow()));
        trips.put("scheduled prompt, composed (chosen now)", CountingJedis.count(() -> composer.compose(
                new Delivery(Chat.user("noa"), Delivery.Kind.PROMPT, todaysPrompt.day().plusDays(1))).orElseThrow()));
        trips.put("click: Check in (opens the form)",
                CountingJedis.count(() -> chat.click("mia", ActionIds.CHECK_IN, "")));
        tally.say("help", "mia", "help");
        tally.say("today", "mia", "today");
        tally.say("answer", "mia", "answer it went well");
        tally.say("streak", "mia", "streak");
        tally.say("goal <text>", "mia", "goal learn SQL");
        tally.say("goal", "mia", "goal");
        tally.say("settings", "mia", "settings");
        tally.say("time prompt", "mia", "time prompt 9:15");
        tally.say("days", "mia", "days mon-fri");
        tally.say("timezone <zone>", "mia", "timezone America/New_York");
        tally.say("timezone", "mia", "timezone");
        tally.say("topics", "mia", "topics");
        tally.say("topics remove", "mia", "topics remove focus");
        tally.say("share on", "mia", "share on");
        chat.say("leo", "start");
        chat.say("ada", "team setup <#learning>");
        chat.say("ada", "admin leads add <@leo> <#learning>");
        chat.submitForm("leo", ChallengeForm.CALLBACK, challenge());
        chat.say("mia", "challenge join c1");
        clock.advance(Duration.ofDays(1));
        tally.say("tried (sharing on, one team)", "mia", "tried a pre-mortem");
        tally.say("tried c1: (sharing on, tagged)", "mia", "tried c1: paired with an assistant");
        tally.say("share off", "mia", "share off");
        tally.say("pause for 1 week", "mia", "pause for 1 week");
        tally.say("resume", "mia", "resume");
        tally.say("export", "mia", "export");
        tally.say("stop", "mia", "stop");
        tally.say("delete my data", "mia", "delete my data");

        StringBuilder table = new StringBuilder("| command | Redis round trips |\n|---|---:|\n");
        trips.forEach((label, count) -> table.append("| `").append(label).append("` | ").append(count).append(" |\n"));
        System.out.println("ROUND TRIPS per command (CommandRoundTripsTest):\n" + table);
        assertTrue(trips.get("scheduled prompt, composed (chosen earlier that day)") <= 1,
                "composing a prompt already chosen reads the learner hash once:\n" + table);
        for (String checkIn : new String[] {"tried (sharing off)", "tried again the same day",
                "tried (zone changed on another replica)"}) {
            assertTrue(trips.get(checkIn) <= CHECK_IN_BUDGET, checkIn + " took " + trips.get(checkIn) + " round trips:\n" + table);
        }
    }

    /** A challenge of #learning this week, as its lead's form submits it. */
    private static Map<String, String> challenge() {
        return Map.of("title", "AI week", "description", "Small experiments with AI assistants at work.",
                "goal", "check in on 3 of the next 5 days", "target", "3", "unit", "DAYS",
                "start", "2026-03-02", "end", "2026-03-06", "team", "learning");
    }

    @FunctionalInterface
    private interface Tally {
        void say(String label, String user, String text);
    }
}
