package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Block;
import curio.chat.BotEventHandler;
import curio.chat.Message;
import curio.chat.Profile;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationTest implements EngineTest {

    @Inject
    BotEventHandler engine;
    @Inject
    FakeChatAdapter adapter;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;
    @Inject
    curio.content.PromptLibrary library;
    Chat chat;

    @BeforeEach
    void freshWorkspace() {
        redis.flushAll();
        adapter.clear();
        clock.set(TestClockFactory.START);
        chat = new Chat(engine);
    }

    @Test
    void startWelcomesTheLearnerInTheirProfileTimeZoneAndShowsTodaysPrompt() {
        adapter.setProfile(Chat.user("alice"), new Profile("Alice", ZoneId.of("Asia/Tokyo"), Locale.ENGLISH, false));
        Chat.Turn turn = chat.say("alice", "start");
        assertEquals(2, turn.replies.size());
        assertTrue(turn.text().contains("Welcome aboard, Alice"), turn.text());
        assertTrue(turn.text().contains("Asia/Tokyo"));
        assertTrue(turn.text().contains("09:30") && turn.text().contains("16:30"));
        assertFalse(turn.replies.get(1).blocks().stream().filter(b -> b instanceof Block.Buttons || b instanceof Block.Choice)
                .toList().isEmpty(), "today's prompt has something to click");
    }

    @Test
    void naturalVariantsOfStartAndHelpWork() {
        assertTrue(chat.say("bob", "/curio opt in").text().contains("Welcome aboard"));
        assertTrue(chat.say("bob", "start").text().contains("already in"));
        assertTrue(chat.say("bob", "Help!").text().contains("time prompt 9:15"));
        assertTrue(chat.say("bob", "").text().contains("Curio"));
    }

    @Test
    void anUnknownUserIsPointedToStartForEveryLearnerCommand() {
        for (String command : new String[] {"streak", "today", "tried reading", "pause for 2 weeks", "time prompt 9:00",
                "days mon-fri", "topics", "goal learn SQL", "share on", "settings", "timezone Europe/Berlin"}) {
            Chat.Turn turn = chat.say("nobody", command);
            assertTrue(turn.text().contains("not signed up"), command + " -> " + turn.text());
        }
        assertTrue(chat.say("nobody", "export").text().contains("I hold no data about you"));
        assertTrue(chat.say("nobody", "delete my data").text().contains("I hold no data about you"));
    }

    @Test
    void settingsChangeWithNaturalTimesAndDays() {
        chat.say("carol", "start");
        assertTrue(chat.say("carol", "time prompt 9:15").text().contains("*09:15*"));
        assertTrue(chat.say("carol", "time checkin 4:30pm").text().contains("*16:30*"));
        assertTrue(chat.say("carol", "days mon,tue,thu").text().contains("Mon, Tue, Thu"));
        assertTrue(chat.say("carol", "days sun-thu").text().contains("Mon–Thu") || chat.say("carol", "settings").text().contains("Sun"));
        assertTrue(chat.say("carol", "timezone europe/berlin").text().contains("Europe/Berlin"));
        String settings = chat.say("carol", "settings").text();
        assertTrue(settings.contains("Prompt at *09:15*, check-in at *16:30*"), settings);
        assertTrue(settings.contains("Europe/Berlin"), settings);
    }

    @Test
    void garbageArgumentsGetAMessageThatSaysWhatWasExpected() {
        chat.say("dan", "start");
        assertTrue(chat.say("dan", "time prompt 25:99").text().contains("not a time I can read"));
        assertTrue(chat.say("dan", "time lunch 12:00").text().contains("time prompt 9:15"));
        assertTrue(chat.say("dan", "time prompt 17:00").text().contains("check-in is at 16:30"));
        assertTrue(chat.say("dan", "days funday").text().contains("couldn't read \"funday\""));
        assertTrue(chat.say("dan", "days").text().contains("Which days?"));
        assertTrue(chat.say("dan", "pause for 0 days").text().contains("1 day up to a year"));
        assertTrue(chat.say("dan", "pause for ever").text().contains("Pause how long?"));
        assertTrue(chat.say("dan", "pause until 31/12/2026").text().contains("YEAR-MONTH-DAY"));
        assertTrue(chat.say("dan", "pause until 2020-01-01").text().contains("already passed"));
        assertTrue(chat.say("dan", "pause until 2030-01-01").text().contains("up to a year"));
        assertTrue(chat.say("dan", "topics add knitting").text().contains("There's no topic \"knitting\""));
        assertTrue(chat.say("dan", "topics shuffle").text().contains("topics add focus"));
        assertTrue(chat.say("dan", "share maybe").text().contains("share on"));
        assertTrue(chat.say("dan", "timezone Mars/Olympus").text().contains("not a time zone I know"));
        assertTrue(chat.say("dan", "tried").text().contains("Tell me what you tried"));
        assertTrue(chat.say("dan", "goal " + "x".repeat(501)).text().contains("500-character limit"));
        assertTrue(chat.say("dan", "delete everything now").text().contains("say `delete my data`"));
        assertTrue(chat.say("dan", "resume").text().contains("not paused"));
        assertTrue(chat.say("dan", "start now please").text().contains("takes nothing after it")
                || chat.say("dan", "start now please").text().contains("already in"));
        assertTrue(chat.say("dan", "frobnicate the widgets").text().contains("Say `help`"));
    }

    @Test
    void anEmptyChallengeCheckInIsRefusedAndCuriosOwnMentionIsIgnored() {
        chat.say("lin", "start");
        assertTrue(chat.say("lin", "tried c3:").text().contains("Tell me what you tried after the challenge"));
        assertTrue(chat.say("lin", "<@curio> help").text().contains("time prompt 9:15"));
        assertTrue(chat.say("lin", "delete   my   data").text().contains("Are you sure?"));
        assertTrue(chat.say("lin", "time prompt 1:30").text().contains("from 03:00 on"));
        assertTrue(chat.say("lin", "time prompt 18:00").text().contains("`time checkin 19:00`"));
        assertTrue(chat.say("lin", "time prompt 23:59").text().contains("Pick an earlier prompt time"));
        chat.say("lin", "i   tried   asking for feedback early");
        assertTrue(chat.say("lin", "export").file(".json").contains("\"text\" : \"asking for feedback early\""));
    }

    @Test
    void oversizedTextIsRefusedWithItsLength() {
        chat.say("erin", "start");
        String text = chat.say("erin", "tried " + "a".repeat(4_100)).text();
        assertTrue(text.contains("4,106 characters"), text);
        assertTrue(chat.say("erin", "streak").text().contains("Current streak: *0*"));
    }

    @Test
    void aCheckInStartsTheStreakAndTheSameDayTwiceCountsOnce() {
        chat.say("fay", "start");
        assertTrue(chat.say("fay", "tried asking why twice in a design review").text().contains("Streak: *1 day*"));
        assertTrue(chat.say("fay", "I tried a pre-mortem").text().contains("Added to today's check-in"));
        clock.advance(Duration.ofDays(1));
        assertTrue(chat.say("fay", "tried pairing").text().contains("Streak: *2 days*"));
        Message streak = chat.say("fay", "streak").last();
        assertTrue(Chat.text(streak).contains("Current streak: *2*"), Chat.text(streak));
        Block.Heatmap heatmap = (Block.Heatmap) streak.blocks().stream().filter(b -> b instanceof Block.Heatmap)
                .findFirst().orElseThrow();
        assertTrue(heatmap.learnedOn(heatmap.lastDay()) && heatmap.learnedOn(heatmap.lastDay().minusDays(1)));
        assertFalse(heatmap.learnedOn(heatmap.lastDay().minusDays(2)));
    }

    @Test
    void pauseAndResumeKeepTheLearnerAndSayWhen() {
        chat.say("gus", "start");
        assertTrue(chat.say("gus", "pause for 2 weeks").text().contains("through Sun 15 Mar 2026"));
        assertTrue(chat.say("gus", "settings").text().contains("paused until Sun 15 Mar 2026"));
        assertTrue(chat.say("gus", "pause until 2026-12-31").text().contains("Thu 31 Dec 2026"));
        assertTrue(chat.say("gus", "resume").text().contains("Welcome back"));
        assertTrue(chat.say("gus", "stop").text().contains("Stopped"));
        assertTrue(chat.say("gus", "pause").text().contains("nothing to pause"));
        assertTrue(chat.say("gus", "start").text().contains("Welcome back, gus!"));
    }

    @Test
    void topicsCanBeListedAddedAndRemovedButNeverEmptied() {
        chat.say("hal", "start");
        assertTrue(chat.say("hal", "topics").text().contains("`focus`"));
        assertTrue(chat.say("hal", "topics remove focus").text().contains("Removed `focus`"));
        assertTrue(chat.say("hal", "topics remove focus").text().contains("not in your topics"));
        assertTrue(chat.say("hal", "topics add focus").text().contains("Added `focus`"));
        library.tracks().stream().map(curio.content.Track::id).filter(track -> !track.equals("focus"))
                .forEach(track -> chat.say("hal", "topics remove " + track));
        assertTrue(chat.say("hal", "topics remove focus").text().contains("only topic"));
        clock.advance(Duration.ofDays(1));
        assertTrue(chat.say("hal", "today").text().contains("Focus"), "tomorrow's prompt comes from the one topic left");
    }

    @Test
    void personalCommandsSaidInAChannelAreAnsweredInTheDirectMessage() {
        chat.say("jo", "start");
        Chat.Turn turn = chat.sayIn("learning", "jo", "streak");
        assertEquals("I've answered you in our direct messages.", turn.text());
        assertTrue(adapter.sent().stream().anyMatch(s -> s.to().value().equals("D-jo")
                && Chat.text(s.message()).contains("Current streak")), "the streak went to jo's DM");
    }

    @Test
    void fixedOffsetsAreRefusedForPlaceNames() {
        chat.say("kai", "start");
        assertTrue(chat.say("kai", "timezone +05:00").text().contains("doesn't follow daylight saving"));
        assertTrue(chat.say("kai", "timezone UTC").text().contains("Time zone set to UTC"));
    }

    @Test
    void goalAndSharingAreKept() {
        chat.say("ida", "start");
        assertTrue(chat.say("ida", "goal").text().contains("No goal for 2026-Q1 yet"));
        assertTrue(chat.say("ida", "goal get better at giving feedback").text().contains("stays private"));
        assertTrue(chat.say("ida", "share on").text().contains("Sharing is on"));
        assertTrue(chat.say("ida", "goal").text().contains("get better at giving feedback"));
        assertTrue(chat.say("ida", "settings").text().contains("Sharing with your team: on"));
    }
}
