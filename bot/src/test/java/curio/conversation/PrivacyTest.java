package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.BotEvent;
import curio.chat.BotEventHandler;
import curio.habits.AnswerLog;
import curio.chat.Profile;
import curio.habits.RetentionSweep;
import curio.leads.SharedTries;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.leads.WeeklyDigest;
import curio.store.Keys;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyTest implements EngineTest {

    @Inject
    BotEventHandler engine;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;
    @Inject
    AnswerLog answers;
    @Inject
    curio.support.FakeChatAdapter adapter;
    Chat chat;

    @BeforeEach
    void fresh() {
        redis.flushAll();
        clock.set(TestClockFactory.START);
        chat = new Chat(engine);
    }

    private Set<String> keysOf(String user) {
        return redis.keys("*" + user + "*");
    }

    @Test
    void exportSendsEverythingCurioHoldsAsJsonBesideTheSummary() {
        chat.say("lea", "start");
        chat.say("lea", "goal write shorter emails");
        chat.say("lea", "tried bottom line up front in a status mail");
        String export = chat.say("lea", "export").file(".json");
        assertTrue(export.contains("\"text\" : \"write shorter emails\""), export);
        assertTrue(export.contains("\"promptTime\" : \"09:30\"") && export.contains("\"learningDaysInAll\" : 1"), export);
        assertTrue(export.contains("bottom line up front"));
        assertTrue(export.contains("\"learningDays\" : [ \"2026-03-02\" ]"), export);
    }

    @Test
    void deleteMyDataAsksFirstThenRemovesEveryKeyOfThatLearnerOnly() {
        chat.say("max", "start");
        chat.say("max", "tried a retro question");
        chat.say("noa", "start");
        Set<String> before = keysOf("max");
        assertTrue(before.size() >= 3, "learner hash, day bitmap and answers: " + before);

        Chat.Turn ask = chat.say("max", "delete my data");
        assertTrue(ask.text().contains("Are you sure?"));
        assertEquals(before, keysOf("max"), "nothing is deleted before confirming");
        Chat.Turn done = chat.click("max", "data.delete.confirm", "yes");
        assertTrue(done.text().contains("erased"));

        assertEquals(Set.of(), keysOf("max"), "every key of the learner is gone");
        assertTrue(adapter.forgotten().contains(Chat.user("max")), "the adapter dropped its caches too");
        assertFalse(redis.smembers("curio:{" + Chat.TENANT.key() + "}:learners").contains("max"));
        assertFalse(keysOf("noa").isEmpty(), "another learner keeps their data");
        assertTrue(chat.say("max", "streak").text().contains("not signed up"));
    }

    @Test
    void deleteMyDataTakesTheLearnerOutOfTeammatesCountsAndLeadsNews(WeeklyDigest digest, TeamStore teams) {
        adapter.setProfile(Chat.user("ada"), new Profile("Ada", ZoneId.of("UTC"), Locale.ENGLISH, true));
        adapter.addChannel("learning", "ada", "max", "noa");
        chat.say("ada", "team setup <#learning>");
        for (String learner : new String[] {"max", "noa"}) {
            chat.say(learner, "start");
            chat.say(learner, "share on");
            chat.say(learner, "tried a check-in of " + learner);
        }
        chat.clickIn("learning", "max", "feed.try", SharedTries.reference(Chat.user("noa"), "a check-in of noa"));
        chat.clickIn("learning", "noa", "feed.try", SharedTries.reference(Chat.user("max"), "a check-in of max"));
        redis.set(Keys.growthNotes(Chat.user("max"), "2026-Q1"), "1");
        redis.rpush(Keys.challengeNews(Chat.TENANT, "noa"), "c1 max", "c1 noa");
        Team team = teams.find(Chat.TENANT, "learning").orElseThrow();
        LocalDate friday = LocalDate.of(2026, 3, 6);
        assertTrue(Chat.text(digest.digest(team, friday)).contains("1 person tried what noa shared"));

        chat.say("max", "delete my data confirm");

        assertFalse(Chat.text(digest.digest(team, friday)).contains("tried what noa shared"), "max is no longer counted");
        assertEquals(Set.of(), keysOf("max"), "max's own tried-too counts and growth notes marker are gone");
        assertEquals(List.of("c1 noa"), redis.lrange(Keys.challengeNews(Chat.TENANT, "noa"), 0, -1),
                "the lead's news no longer names max");
    }

    @Test
    void deleteCanBeConfirmedByTypingAndCancelledByButton() {
        chat.say("oli", "start");
        assertTrue(chat.click("oli", "data.delete.cancel", "no").text().contains("Kept"));
        assertFalse(keysOf("oli").isEmpty());
        chat.say("oli", "delete my data confirm");
        assertEquals(Set.of(), keysOf("oli"));
    }

    @Test
    void checkInsOlderThanTheRetentionWindowAreDropped() {
        chat.say("pia", "start");
        chat.say("pia", "tried an old thing");
        clock.advance(Duration.ofDays(100));
        chat.say("pia", "tried a newer thing");
        clock.advance(Duration.ofDays(90));
        LocalDate today = LocalDate.of(2026, 3, 2).plusDays(190);
        assertEquals(1, answers.prune(Chat.user("pia"), today), "the 190-day-old answer is dropped, the 90-day-old kept");
        String export = chat.say("pia", "export").file(".md");
        assertFalse(export.contains("an old thing"));
        assertTrue(export.contains("a newer thing"));
    }

    @Test
    void theRetentionSweepDropsOldAnswersOfLearnersWhoStoppedWriting(RetentionSweep sweep) {
        chat.say("ron", "start");
        chat.say("ron", "tried something long ago");
        clock.advance(Duration.ofDays(181));
        sweep.sweep();
        assertEquals(0, redis.llen("curio:{" + Chat.TENANT.key() + "}:A:ron"));
    }

    @Test
    void uninstallPurgesEveryKeyOfThatWorkspace() {
        chat.say("quinn", "start");
        chat.say("quinn", "tried something");
        engine.handle(new BotEvent.AppUninstalled(Chat.TENANT, null), new Chat.Turn());
        assertEquals(Set.of(), redis.keys("curio:{" + Chat.TENANT.key() + "}*"));
    }
}
