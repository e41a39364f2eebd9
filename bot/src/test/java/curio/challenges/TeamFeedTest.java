package curio.challenges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.BotEvent;
import curio.chat.UserRef;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.conversation.ScheduledMessages;
import curio.delivery.Delivery;
import curio.leads.TeamStore;
import curio.leads.WeeklyDigest;
import curio.support.Chat;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamFeedTest extends TeamLeadTestBase {

    @Inject
    WeeklyDigest digest;
    @Inject
    ScheduledMessages scheduled;
    @Inject
    TeamStore teams;

    @Test
    void sharersCheckInsGoToOneDailyThreadAndPrivateOnesNowhere() {
        setUpLearningTeamWithLeo();
        chat.say("mia", "share on");
        int posts = adapter.postedIn("learning").size();
        chat.say("mia", "tried a pre-mortem before the launch");
        chat.say("noah", "tried something private");
        chat.say("mia", "tried pairing on a bug");
        assertEquals(posts + 1, adapter.postedIn("learning").size(), "one thread parent for the day");
        assertTrue(Chat.text(adapter.postedIn("learning").get(posts).message()).contains("What we tried today"));
        assertEquals(2, adapter.threadReplies().size());
        assertTrue(adapter.threadReplies().stream().allMatch(r -> Chat.text(r.message()).startsWith("*mia*:")));
        clock.advance(Duration.ofDays(1));
        chat.say("mia", "tried a new thing tomorrow");
        assertEquals(posts + 2, adapter.postedIn("learning").size(), "a new thread the next day");
    }

    @Test
    void aMilestoneGetsAShoutOutOnlyForSharers() {
        setUpLearningTeamWithLeo();
        chat.say("mia", "share on");
        for (int day = 0; day < 3; day++) {
            chat.say("mia", "tried day " + day);
            chat.say("noah", "tried day " + day);
            clock.advance(Duration.ofDays(1));
        }
        assertTrue(adapter.threadReplies().stream().anyMatch(r -> Chat.text(r.message()).contains("mia reached a 3-day")));
        assertFalse(adapter.threadReplies().stream().anyMatch(r -> Chat.text(r.message()).contains("noah")));
    }

    @Test
    void theWeeklyDigestComesOnFridayAt1500InTheTeamsTimeZoneOnce() {
        chat.say("ada", "team setup <#learning> Asia/Tokyo");
        chat.say("mia", "share on");
        for (int day = 0; day < 4; day++) {
            chat.say("mia", "tried a retro with one question");
            chat.say("noah", "tried reading the RFC first");
            clock.advance(Duration.ofDays(1));
        }
        int posts = adapter.postedIn("learning").size();
        clock.set(Instant.parse("2026-03-06T05:59:00Z"));
        digest.tick();
        assertEquals(posts, adapter.postedIn("learning").size(), "14:59 in Tokyo: not yet");
        clock.set(Instant.parse("2026-03-06T06:00:00Z"));
        digest.tick();
        digest.tick();
        assertEquals(posts + 1, adapter.postedIn("learning").size(), "15:00 in Tokyo, once");
        String text = Chat.text(adapter.postedIn("learning").get(posts).message());
        assertTrue(text.contains("2 active learners · 8 learning days"), text);
        assertTrue(text.contains("mia 🔥 4") && !text.contains("noah"), text);
        assertTrue(text.contains("a retro with one question") && !text.contains("reading the RFC"), text);
    }

    @Test
    void leaderboardsShowOnlySharers() {
        setUpLearningTeamWithLeo();
        chat.say("mia", "share on");
        chat.say("mia", "tried one");
        chat.say("noah", "tried two");
        String board = chat.say("noah", "leaderboard").text();
        assertTrue(board.contains("1. mia 🔥 1") && !board.contains("noah 🔥"), board);
    }

    @Test
    void theLeaderboardListsOnlySharersOfTheAskersTeamsAndSomeoneInNoTeamIsToldHowToJoinOne() {
        setUpLearningTeamWithLeo();
        chat.say("mia", "share on");
        chat.say("mia", "tried one");
        String outside = chat.say("pia", "leaderboard").text();
        assertTrue(outside.contains("Join a team first") && outside.contains("team setup #channel")
                && !outside.contains("mia"), outside);
        chat.say("ada", "team setup <#design>");
        chat.say("pia", "share on");
        chat.say("pia", "tried a design crit");
        String learning = chat.say("noah", "leaderboard").text();
        assertTrue(learning.contains("1. mia 🔥 1") && !learning.contains("pia"), learning);
        String design = chat.say("pia", "leaderboard").text();
        assertTrue(design.contains("1. pia 🔥 1") && !design.contains("mia"), design);
    }

    @Test
    void goalsAreAskedEachQuarterReflectionsReferToThemAndLeadsSeeSharersGoals() {
        setUpLearningTeamWithLeo();
        assertTrue(chat.say("una", "start").text().contains("What do you want to get better at this quarter?"),
                "the first prompt, in the welcome, asks");
        Delivery nextPrompt = new Delivery(Chat.user("una"), Delivery.Kind.PROMPT, LocalDate.of(2026, 3, 3));
        assertFalse(Chat.text(scheduled.compose(nextPrompt).orElseThrow().message()).contains("this quarter?"),
                "asked once a quarter");
        chat.say("mia", "goal give clearer feedback");
        chat.say("mia", "share on");
        chat.say("noah", "goal a private goal");
        String goals = chat.say("leo", "team goals <#learning>").text();
        assertTrue(goals.contains("*mia*: give clearer feedback") && !goals.contains("private goal"), goals);
        assertTrue(chat.say("mia", "team goals <#learning>").text().contains("Only the leads of <#learning>"));
        assertTrue(chat.say("leo", "team goals <#random>").text().contains("<#random> is not a team"));
        assertEquals("I've answered you in our direct messages.", chat.sayIn("learning", "leo", "team goals").text(),
                "goals are never listed in the channel");
        clock.set(Instant.parse("2026-04-01T10:00:00Z"));
        Delivery nextQuarter = new Delivery(Chat.user("mia"), Delivery.Kind.PROMPT, LocalDate.of(2026, 4, 1));
        assertTrue(Chat.text(scheduled.compose(nextQuarter).orElseThrow().message()).contains("2026-Q2"));
        assertTrue(chat.say("leo", "team goals <#learning>").text().contains("Nobody has shared a goal yet"),
                "last quarter's goals are not this quarter's");
    }

    @Test
    void twoTeamsInOneWorkspaceDoNotSeeEachOthersChallengesOrFeed() {
        setUpLearningTeamWithLeo();
        chat.say("ada", "team setup <#design>");
        chat.say("ada", "admin leads add <@pia> <#design>");
        createChallenge();
        assertTrue(chat.say("pia", "challenge list").text().contains("No challenges in your teams"));
        assertTrue(chat.say("pia", "challenge join c1").text().contains("no challenge c1 in your teams"));
        chat.say("pia", "share on");
        chat.say("pia", "tried a design crit");
        assertTrue(adapter.postedIn("learning").stream().noneMatch(s -> Chat.text(s.message()).contains("What we tried")));
        assertTrue(chat.say("pia", "team goals <#learning>").text().contains("Only the leads of <#learning>"));
    }

    @Test
    void twoWorkspacesShareNothingEvenWithTheSameChannelAndPeople() {
        setUpLearningTeamWithLeo();
        createChallenge();
        chat.say("mia", "challenge join c1");
        TenantId other = new TenantId(Platform.SLACK, "T-OTHER");
        UserRef otherMia = new UserRef(other, "mia");
        Chat.Turn start = new Chat.Turn();
        engine.handle(new BotEvent.MessageReceived(otherMia, Chat.dm("mia"), true, "start"), start);
        Chat.Turn list = new Chat.Turn();
        engine.handle(new BotEvent.MessageReceived(otherMia, Chat.dm("mia"), true, "challenge join c1"), list);
        assertTrue(list.text().contains("no challenge c1 in your teams"), list.text());
        Chat.Turn form = new Chat.Turn();
        engine.handle(new BotEvent.FormSubmitted(new UserRef(other, "leo"), Chat.dm("leo"), ChallengeForm.CALLBACK, "",
                challengeForm("Cross", "2026-03-02", "2026-03-06")), form);
        assertTrue(form.text().contains("not a team"), form.text());
        assertTrue(teams.all(other).isEmpty());
        assertEquals(1, teams.all(Chat.TENANT).size());
        assertTrue(redis.keys("curio:{" + other.key() + "}*").stream().noneMatch(k -> k.contains("challenge")));
    }
}
