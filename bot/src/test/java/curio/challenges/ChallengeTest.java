package curio.challenges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Block;
import curio.chat.Form;
import curio.support.Chat;
import curio.support.FakeChatAdapter;
import curio.words.Texts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengeTest extends TeamLeadTestBase {

    @Inject
    ChallengeBoard boards;
    @Inject
    ChallengeStore store;

    @Test
    void onlyAdminsSetUpTeamsAndNameLeads() {
        assertTrue(chat.say("mia", "team setup <#learning>").text().contains("Only workspace admins"));
        assertTrue(chat.say("ada", "team setup <#learning|learning>").text().contains("is now a Curio team: 5 people in the channel, 4 of them learning with Curio"));
        assertTrue(adapter.postedIn("learning").get(0).message().text().contains("made this channel a Curio team"));
        assertTrue(chat.say("mia", "admin leads add <@leo> <#learning>").text().contains("Only workspace admins"));
        assertTrue(chat.say("ada", "admin leads add <@leo> <#learning>").text().contains("now leads"));
        assertTrue(chat.say("ada", "admin leads add <@leo> <#nowhere>").text().contains("I'm not in <#nowhere> yet"));
        assertTrue(chat.say("ada", "admin leads add leo").text().contains("@mention"));
    }

    @Test
    void adminsSeeHowTheHabitSpreads() {
        setUpLearningTeamWithLeo();
        chat.say("mia", "tried a thing");
        chat.say("mia", "share on");
        String stats = chat.say("ada", "admin stats").text();
        assertTrue(stats.contains("*5* enrolled, *1* learned in the last 7 days (20%)"), stats);
        assertTrue(stats.contains("Sharing with their team: *1*") && stats.contains("Teams: *1*"), stats);
        assertTrue(chat.say("mia", "admin stats").text().contains("Only workspace admins"));
    }

    @Test
    void aLeadWhoIsNotALearnerCanStillDeleteWhatCurioKeeps() {
        chat.say("ada", "team setup <#learning>");
        assertTrue(chat.say("ada", "delete my data").text().contains("I keep you as a team lead"));
        assertTrue(chat.say("ada", "delete my data confirm").text().contains("no longer a lead"));
        assertTrue(!redis.smembers("curio:{" + Chat.TENANT.key() + "}:team-leads:learning").contains("ada"));
    }

    @Test
    void settingUpATeamAgainRefreshesItWithoutAnotherWelcome() {
        setUpLearningTeamWithLeo();
        int posts = adapter.postedIn("learning").size();
        assertTrue(chat.say("ada", "team setup <#learning>").text().contains("is already a Curio team"));
        assertTrue(chat.sayIn("learning", "leo", "team setup").text().contains("is already a Curio team"),
                "its lead may re-run it from inside the channel");
        assertEquals(posts, adapter.postedIn("learning").size(), "no second welcome in the channel");
    }

    @Test
    void aChannelCuriosNotInGetsInviteInstructions() {
        assertTrue(chat.say("ada", "team setup <#secret>").text().contains("/invite @Curio"));
        assertTrue(chat.say("ada", "team setup").text().contains("Which channel?"));
    }

    @Test
    void onlyLeadsOpenTheChallengeForm() {
        setUpLearningTeamWithLeo();
        assertTrue(chat.say("mia", "challenge new").text().contains("Only team leads post challenges"));
        Chat.Turn turn = chat.say("leo", "challenge new");
        assertEquals(1, turn.forms.size());
        Form form = turn.forms.get(0);
        assertEquals(ChallengeForm.CALLBACK, form.callbackId());
        assertTrue(form.fields().stream().anyMatch(f -> f.id().equals("team") && f.options().get(0).value().equals("learning")
                && f.options().get(0).label().equals("#learning")));
    }

    @Test
    void whereAFormNeedsAClickTheLeadGetsAButtonThatOpensItForTheChannelAsked() {
        setUpLearningTeamWithLeo();
        chat.say("ada", "team setup <#design>");
        chat.say("ada", "admin leads add <@leo> <#design>");
        Block.Button open = chat.say("leo", "challenge new <#design>").launchers.get(0).blocks().stream()
                .filter(b -> b instanceof Block.Buttons).map(b -> ((Block.Buttons) b).buttons().get(0))
                .findFirst().orElseThrow();
        assertEquals(ChallengeForm.OPEN, open.actionId());
        assertEquals("design", open.value());
        Form form = chat.click("leo", open.actionId(), open.value()).forms.get(0);
        assertEquals(ChallengeForm.CALLBACK, form.callbackId());
        assertEquals(List.of("design"), form.fields().stream().filter(f -> f.id().equals("team"))
                .flatMap(f -> f.options().stream()).map(Block.Option::value).toList());

        Chat.Turn refused = chat.click("mia", ChallengeForm.OPEN, "");
        assertTrue(refused.forms.isEmpty() && refused.launchers.isEmpty());
        assertTrue(refused.text().contains("Only team leads post challenges"), refused.text());
    }

    @Test
    void badChallengeInputIsRefusedAndNothingIsStoredOrPosted() {
        setUpLearningTeamWithLeo();
        int posted = adapter.postedIn("learning").size();
        Map<String, String> past = challengeForm("AI week", "2026-02-20", "2026-03-06");
        Chat.Turn refused = chat.submitForm("leo", ChallengeForm.CALLBACK, past);
        assertTrue(refused.text().contains("in the past"));
        assertEquals(List.of("start"), refused.rejectedFields, "the form names the field to fix");
        Map<String, String> badEnd = challengeForm("AI week", "2026-03-02", "next friday");
        assertEquals(List.of("end"), chat.submitForm("leo", ChallengeForm.CALLBACK, badEnd).rejectedFields);
        Map<String, String> backwards = challengeForm("AI week", "2026-03-10", "2026-03-05");
        assertTrue(chat.submitForm("leo", ChallengeForm.CALLBACK, backwards).text().contains("before it starts"));
        Map<String, String> untitled = challengeForm("  ", "2026-03-02", "2026-03-06");
        assertTrue(chat.submitForm("leo", ChallengeForm.CALLBACK, untitled).text().contains("needs a title"));
        Map<String, String> longGoal = challengeForm("AI week", "2026-03-02", "2026-03-06");
        longGoal.put("goal", "g".repeat(501));
        assertTrue(chat.submitForm("leo", ChallengeForm.CALLBACK, longGoal).text().contains("keep it under 500"));
        Map<String, String> notANumber = challengeForm("AI week", "2026-03-02", "2026-03-06");
        notANumber.put("target", "ten");
        assertTrue(chat.submitForm("leo", ChallengeForm.CALLBACK, notANumber).text().contains("whole number"));
        assertTrue(chat.submitForm("mia", ChallengeForm.CALLBACK, challengeForm("x", "2026-03-02", "2026-03-06"))
                .text().contains("Only the leads of <#learning> post challenges there"));
        assertEquals(posted, adapter.postedIn("learning").size(), "no board was posted");
        assertTrue(redis.keys("*challenge:*").isEmpty(), "no challenge was stored");
    }

    @Test
    void aLeadPostsAChallengeMembersJoinCheckInAndTheBoardIsEditedWithinAMinuteThenSummarised() {
        setUpLearningTeamWithLeo();
        chat.say("mia", "share on");
        assertTrue(createChallenge().text().contains("Posted *AI week* (c1)"));
        FakeChatAdapter.Sent board = adapter.postedIn("learning").get(adapter.postedIn("learning").size() - 1);
        assertTrue(board.message().blocks().stream().anyMatch(b -> b instanceof Block.Buttons));

        assertTrue(chat.clickIn("learning", "mia", ChallengeBoard.JOIN, "c1").text().isEmpty(), "nothing is said in the channel");
        assertTrue(adapter.sent().stream().anyMatch(s -> s.to().value().equals("D-mia")
                && Chat.text(s.message()).contains("You joined *AI week*")), "the join is confirmed in mia's DM");
        assertTrue(chat.say("noah", "challenge join c1").text().contains("You joined"));
        assertTrue(chat.say("noah", "challenge join c1").text().contains("already in"));
        assertTrue(chat.say("mia", "challenge list").text().contains("`c1` *AI week*"));
        clock.advance(Duration.ofSeconds(61));
        sweep.tick();
        FakeChatAdapter.Sent afterJoins = adapter.updates().get(adapter.updates().size() - 1);
        assertEquals(board.id(), afterJoins.id());
        assertTrue(Chat.text(afterJoins.message()).contains("2 joined"), "joins show on the board within a minute: "
                + Chat.text(afterJoins.message()));

        for (int day = 0; day < 3; day++) {
            assertTrue(chat.say("mia", "tried c1: asked an assistant to critique my plan").text()
                    .contains("AI week: " + (day + 1) + "/3"));
            if (day < 2) {
                chat.say("noah", "tried c1: summarised a thread with AI");
            }
            clock.advance(Duration.ofMinutes(30));
            sweep.tick();
            clock.advance(Duration.ofHours(23).plusMinutes(30));
        }
        assertTrue(chat.say("mia", "tried c1: again").text().contains("3/3"), "the same day counts once");

        clock.set(Instant.parse("2026-03-05T10:00:30Z"));
        int editsBefore = adapter.updates().size();
        sweep.tick();
        assertEquals(editsBefore + 1, adapter.updates().size(), "a check-in shows on the board within a minute");
        chat.say("omar", "challenge join c1");
        clock.set(Instant.parse("2026-03-05T10:00:35Z"));
        sweep.tick();
        assertEquals(editsBefore + 1, adapter.updates().size(), "at most one edit per board every 10 seconds");
        chat.say("noah", "tried c1: a third day");
        clock.set(Instant.parse("2026-03-05T10:00:40Z"));
        sweep.tick();
        assertEquals(editsBefore + 2, adapter.updates().size(), "the changes meanwhile show in one edit, 10 s after the last");
        FakeChatAdapter.Sent edited = adapter.updates().get(adapter.updates().size() - 1);
        assertEquals(board.id(), edited.id(), "the board is edited in place");
        assertTrue(edited.message().blocks().contains(new Block.Progress("mia", 3, 3)), edited.message().toString());
        assertTrue(Chat.text(edited.message()).contains("3 joined · 2 finished · 2 not shown (sharing off)"),
                Chat.text(edited.message()));

        clock.set(Instant.parse("2026-03-07T04:00:00Z"));
        sweep.tick();
        String summary = Chat.text(adapter.postedIn("learning").get(adapter.postedIn("learning").size() - 1).message());
        assertTrue(summary.contains("2 of 3 finished (67%)") && summary.contains("Well done mia"), summary);
        assertTrue(summary.contains("Thank you <@leo>"), summary);
        assertTrue(Chat.text(adapter.updates().get(adapter.updates().size() - 1).message()).contains("This challenge has ended"));
        assertTrue(chat.say("omar", "challenge join c1").text().contains("has finished"));
    }

    @Test
    void aCheckInChallengeCountsOneCheckInPerLearningDaySoFiveTakeFiveDaysEachPostedToTheThreadOnce() {
        setUpLearningTeamWithLeo();
        chat.say("mia", "share on");
        Map<String, String> fiveTries = challengeForm("Five tries", "2026-03-02", "2026-03-13");
        fiveTries.put("unit", "CHECKINS");
        fiveTries.put("target", "5");
        chat.submitForm("leo", ChallengeForm.CALLBACK, fiveTries);
        chat.say("mia", "challenge join c1");
        for (int i = 1; i <= 5; i++) {
            chat.say("mia", "tried c1: attempt " + i);
        }
        String sixth = chat.say("mia", "tried c1: attempt 6").text();
        assertTrue(sixth.contains("Five tries: 1/5 check-ins") && sixth.contains("already counted today"), sixth);
        clock.set(Instant.parse("2026-03-03T02:30:00Z"));
        assertTrue(chat.say("mia", "tried c1: after midnight").text().contains("1/5"),
                "before 03:00 it is still the same learning day");
        for (int day = 2; day <= 5; day++) {
            clock.set(Instant.parse("2026-03-0" + (day + 1) + "T10:00:00Z"));
            String reply = chat.say("mia", "tried c1: day " + day).text();
            assertTrue(reply.contains("Five tries: " + day + "/5"), reply);
        }
        assertTrue(chat.say("mia", "tried c1: one more").text().contains("already counted today"));
        assertEquals(5, adapter.threadReplies().stream()
                .filter(r -> Chat.text(r.message()).contains("🏆 Five tries")).count(),
                "each counted check-in is posted to the team's thread once");
        assertTrue(adapter.threadReplies().stream().anyMatch(r -> Chat.text(r.message()).contains("5/5 check-ins · finished")));
    }

    @Test
    void leavingAndJoiningAgainKeepsProgressAndTheDaysCounted() {
        setUpLearningTeamWithLeo();
        createChallenge();
        chat.say("mia", "challenge join c1");
        chat.say("mia", "tried c1: first");
        assertTrue(chat.say("mia", "challenge leave c1").text().contains("I keep your 1/3"));
        assertTrue(chat.say("mia", "tried c1: while out").text().contains("haven't joined"));
        assertTrue(chat.say("mia", "challenge join c1").text().contains("Welcome back: your 1/3 still count"));
        assertTrue(chat.say("mia", "tried c1: same day").text().contains("already counted today"),
                "leaving and joining again does not count the day twice");
        clock.advance(Duration.ofDays(1));
        assertTrue(chat.say("mia", "tried c1: next day").text().contains("AI week: 2/3"));
    }

    @Test
    void theLeadHearsWhoFinishedInOneDirectMessageAnHourAtMost() {
        aiWeekWithMiaAndNoah();
        for (int day = 0; day < 2; day++) {
            chat.say("mia", "tried c1: day " + day);
            chat.say("noah", "tried c1: day " + day);
            clock.advance(Duration.ofDays(1));
        }
        chat.say("mia", "tried c1: done");
        sweep.tick();
        List<String> toLeo = toLeo();
        assertEquals(1, toLeo.size(), "told at once: " + toLeo);
        assertTrue(toLeo.get(0).contains("*AI week* (c1): mia"), toLeo.get(0));
        clock.advance(Duration.ofMinutes(20));
        chat.say("noah", "tried c1: done too");
        sweep.tick();
        assertEquals(1, toLeo().size(), "at most one message an hour");
        clock.advance(Duration.ofMinutes(41));
        sweep.tick();
        sweep.tick();
        assertEquals(2, toLeo().size());
        assertTrue(toLeo().get(1).contains("1 with sharing off") && !toLeo().get(1).contains("noah"), toLeo().get(1));
    }

    private List<String> toLeo() {
        return adapter.sent().stream().filter(s -> s.to().value().equals("D-leo")).map(s -> Chat.text(s.message()))
                .filter(text -> text.contains("Finished your challenges")).toList();
    }

    @Test
    void everyProblemOfTheFormIsReportedAtOnceAndCountsReadRight() {
        setUpLearningTeamWithLeo();
        Map<String, String> wrong = challengeForm(" ", "2026-03-02", "next friday");
        wrong.put("target", "ten");
        Chat.Turn refused = chat.submitForm("leo", ChallengeForm.CALLBACK, wrong);
        assertTrue(refused.text().contains("Please fix 3 things") && refused.text().contains("needs a title")
                && refused.text().contains("whole number") && refused.text().contains("YEAR-MONTH-DAY"), refused.text());
        assertEquals(List.of("title"), refused.rejectedFields, "the first field to fix, in the form's order");
        Map<String, String> oneDay = challengeForm("Sprint", "2026-03-02", "2026-03-02");
        oneDay.put("target", "2");
        String tooMany = chat.submitForm("leo", ChallengeForm.CALLBACK, oneDay).text();
        assertTrue(tooMany.contains("The challenge has 1 day, fewer than the 2 days with a check-in"), tooMany);
        oneDay.put("target", "1");
        chat.submitForm("leo", ChallengeForm.CALLBACK, oneDay);
        String board = Chat.text(adapter.postedIn("learning").get(adapter.postedIn("learning").size() - 1).message());
        assertTrue(board.contains("(1 day with a check-in,"), board);
        oneDay.put("unit", "CHECKINS");
        chat.submitForm("leo", ChallengeForm.CALLBACK, oneDay);
        board = Chat.text(adapter.postedIn("learning").get(adapter.postedIn("learning").size() - 1).message());
        assertTrue(board.contains("(1 check-in,"), board);
    }

    @Test
    void aLeadRemovedMidChallengeCanNoLongerPostButTheChallengeGoesOn() {
        setUpLearningTeamWithLeo();
        createChallenge();
        chat.say("mia", "challenge join c1");
        assertTrue(chat.say("ada", "admin leads remove <@leo> <#learning>").text().contains("no longer leads"));
        assertTrue(chat.say("leo", "challenge new").text().contains("Only team leads"));
        assertTrue(createChallenge().text().contains("Only the leads of <#learning>"));
        assertTrue(chat.say("mia", "tried c1: still going").text().contains("AI week: 1/3"));
    }

    @Test
    void aLeadOfAnotherTeamCanNeitherPostHereNorJoinThroughTheBoard() {
        setUpLearningTeamWithLeo();
        chat.say("ada", "team setup <#design>");
        chat.say("ada", "admin leads add <@pia> <#design>");
        assertTrue(chat.submitForm("pia", ChallengeForm.CALLBACK, challengeForm("Sneaky", "2026-03-02", "2026-03-06"))
                .text().contains("Only the leads of <#learning>"));
        createChallenge();
        chat.clickIn("learning", "pia", ChallengeBoard.JOIN, "c1");
        assertTrue(adapter.sent().stream().anyMatch(s -> s.to().value().equals("D-pia")
                && Chat.text(s.message()).contains("no challenge c1 in your teams")));
        assertTrue(redis.hgetAll("curio:{" + Chat.TENANT.key() + "}:challenge-progress:c1").isEmpty());
    }

    @Test
    void aChallengeThatCannotBePostedIsNotStoredAndSaysHowToInviteCurio() {
        setUpLearningTeamWithLeo();
        adapter.refuseSendsTo("C:learning");
        assertTrue(createChallenge().text().contains("/invite @Curio"));
        assertTrue(redis.keys("*challenge:*").isEmpty());
    }

    @Test
    void challengeDaysAreTheTeamsDaysWhateverTheLearnersTimeZone() {
        setUpLearningTeamWithLeo();
        createChallenge();
        chat.say("noah", "timezone America/Los_Angeles");
        chat.say("noah", "challenge join c1");
        // Monday 10:00 UTC is still Sunday night (02:00) in Los Angeles, but Monday for the UTC team
        assertTrue(chat.say("noah", "tried c1: a first experiment").text().contains("AI week: 1/3"));
    }

    @Test
    void deletingMyDataTakesMeOffChallengesAndTeams() {
        setUpLearningTeamWithLeo();
        createChallenge();
        chat.say("mia", "challenge join c1");
        chat.say("mia", "tried c1: something");
        String export = chat.say("mia", "export").file(".json");
        assertTrue(export.contains("\"id\" : \"c1\"") && export.contains("\"progress\" : 1"), export);
        chat.say("mia", "delete my data confirm");
        assertTrue(redis.hgetAll("curio:{" + Chat.TENANT.key() + "}:challenge-progress:c1").isEmpty());
        assertTrue(!redis.smembers("curio:{" + Chat.TENANT.key() + "}:team-members:learning").contains("mia"));
    }

    @Test
    void aCheckInCanBeTaggedInTheFormAndTheCheckInNamesRunningChallenges() {
        setUpLearningTeamWithLeo();
        createChallenge();
        chat.say("mia", "challenge join c1");
        Form form = chat.click("mia", "checkin.open", "").forms.get(0);
        assertTrue(form.fields().stream().anyMatch(f -> f.id().equals("challenge")), "the form offers the challenge");
        assertTrue(chat.submitForm("mia", "checkin", Map.of("text", "tried a new prompt", "challenge", "c1")).text()
                .contains("AI week: 1/3"));
        assertTrue(chat.say("mia", "tried c9: something").text().contains("no challenge c9"));
        assertTrue(chat.say("omar", "tried c1: not joined").text().contains("haven't joined"));
    }

    @Test
    void aBoardWithMoreSharersThanItShowsCountsThemApartFromThoseWithSharingOff() {
        aiWeekWithMiaAndNoah();
        Map<String, Integer> progress = new HashMap<>(Map.of("mia", 1, "noah", 1));
        for (int i = 1; i <= ChallengeBoard.SHOWN + 1; i++) {
            chat.say("b" + i, "start");
            chat.say("b" + i, "share on");
            progress.put("b" + i, 1);
        }
        Challenge c = store.find(Chat.TENANT, "c1").orElseThrow();
        String board = Chat.text(boards.render(c, progress, ChallengeBoard.State.OPEN, Texts.in(Locale.ENGLISH)));
        assertTrue(board.contains("13 joined · 0 finished · 2 more who share (the board shows 10) · 1 not shown (sharing off)"),
                board);
    }
}
