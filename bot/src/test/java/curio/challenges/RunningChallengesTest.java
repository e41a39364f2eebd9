package curio.challenges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Block;
import curio.chat.Form;
import curio.chat.Markdown;
import curio.support.Chat;
import curio.support.FakeChatAdapter;
import curio.words.Texts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A lead runs a posted challenge: status, end, cancel and edit. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunningChallengesTest extends TeamLeadTestBase {

    @Inject
    ChallengeMembers members;

    private FakeChatAdapter.Sent board() {
        return adapter.postedIn("learning").stream().filter(s -> Chat.text(s.message()).contains("Challenge c1"))
                .findFirst().orElseThrow();
    }

    private String lastBoardEdit() {
        List<FakeChatAdapter.Sent> edits = adapter.updates().stream().filter(s -> s.id().equals(board().id())).toList();
        return Chat.text(edits.get(edits.size() - 1).message());
    }

    @Test
    void membersAndTheLeadSeeTheStatusOfAChallengeOthersDoNot() {
        aiWeekWithMiaAndNoah();
        chat.say("mia", "tried c1: a first try");
        clock.advance(Duration.ofDays(1));
        for (String asker : new String[] {"leo", "mia"}) {
            String status = chat.say(asker, "challenge status c1").text();
            assertTrue(status.contains("2 joined · 0 finished") && status.contains("- mia: 1/3")
                    && status.contains("4 days left, today included") && status.contains("1 more with sharing off")
                    && !status.contains("noah"), status);
        }
        clock.advance(Duration.ofDays(3));
        assertTrue(chat.say("leo", "challenge status c1").text().contains("1 day left, today included"));
        assertTrue(chat.say("pia", "challenge status c1").text().contains("no challenge c1 in your teams"));
        assertTrue(chat.say("mia", "challenge status").text().contains("`challenge status c3`"));
    }

    @Test
    void onlyTheLeadOrAnAdminEndsAChallengeAndTheBoardSaysWhoFinished() {
        aiWeekWithMiaAndNoah();
        miaChecksInOnDays(3);
        assertTrue(chat.say("mia", "challenge end c1").text().contains("Only the leads of <#learning> and admins end"));
        assertTrue(chat.say("leo", "challenge end c1").text().contains("Ended *AI week*"));
        String board = lastBoardEdit();
        assertTrue(board.contains("This challenge has ended") && board.contains("1 of 2 finished (50%)")
                && board.contains("Well done mia") && !board.contains("[Join]"), board);
        String summary = Chat.text(adapter.postedIn("learning").get(adapter.postedIn("learning").size() - 1).message());
        assertTrue(summary.contains("has ended: 1 of 2 finished"), summary);
        assertTrue(chat.say("noah", "tried c1: too late").text().contains("has ended"));
        assertTrue(chat.say("ada", "challenge end c1").text().contains("has already ended"));
        int posts = adapter.postedIn("learning").size();
        sweep.tick();
        assertEquals(posts, adapter.postedIn("learning").size(), "no second summary from the sweep");
    }

    @Test
    void cancellingAsksFirstThenTheBoardSaysItWasCancelled() {
        setUpLearningTeamWithLeo();
        createChallenge();
        chat.say("mia", "challenge join c1");
        Chat.Turn asked = chat.say("leo", "challenge cancel c1");
        assertTrue(asked.text().contains("Cancel *AI week*?"), asked.text());
        Block.Button confirm = asked.last().blocks().stream().filter(b -> b instanceof Block.Buttons)
                .map(b -> ((Block.Buttons) b).buttons().get(0)).findFirst().orElseThrow();
        assertEquals(RunningChallenges.CONFIRM_CANCEL, confirm.actionId());
        assertTrue(chat.say("mia", "tried c1: still on").text().contains("AI week: 1/3"), "asking cancelled nothing");
        assertTrue(chat.click("leo", RunningChallenges.KEEP, "c1").text().contains("goes on"));
        assertTrue(chat.click("mia", confirm.actionId(), confirm.value()).text().contains("Only the leads"));
        assertTrue(chat.click("leo", confirm.actionId(), confirm.value()).text().contains("Cancelled *AI week*"));
        assertTrue(lastBoardEdit().contains("This challenge was cancelled"), lastBoardEdit());
        assertTrue(adapter.postedIn("learning").stream().noneMatch(s -> Chat.text(s.message()).contains("has ended")),
                "a cancelled challenge gets no summary");
        assertTrue(chat.say("leo", "challenge cancel c1 confirm").text().contains("already been cancelled"));
        clock.advance(Duration.ofDays(1));
        assertTrue(chat.say("mia", "tried c1: after").text().contains("has ended"));
    }

    @Test
    void theLeadEditsThroughTheSameFormFilledInAndTheBoardIsUpdatedInPlace() {
        setUpLearningTeamWithLeo();
        createChallenge();
        assertTrue(chat.say("mia", "challenge edit c1").text().contains("Only the leads of <#learning> and admins edit"));
        Form form = chat.say("leo", "challenge edit c1").forms.get(0);
        assertEquals(ChallengeForm.EDIT, form.callbackId());
        assertEquals("c1", form.context());
        assertEquals("AI week", form.fields().stream().filter(f -> f.id().equals("title")).findFirst().orElseThrow()
                .initialValue());
        Map<String, String> values = challengeForm("AI week", "2026-03-02", "2026-03-01");
        values.put("target", "0");
        Chat.Turn refused = submitEdit(values);
        assertTrue(refused.text().contains("Please fix 2 things") && refused.text().contains("between 1 and 365")
                && refused.text().contains("is in the past"), refused.text());
        assertEquals(List.of("target"), refused.rejectedFields);

        clock.advance(Duration.ofMinutes(1));
        values = challengeForm("AI fortnight", "2026-03-02", "2026-03-13");
        values.put("description", "Two weeks of small experiments.");
        values.put("target", "8");
        assertTrue(submitEdit(values).text().contains("Saved *AI fortnight* (c1)"));
        String board = lastBoardEdit();
        assertTrue(board.contains("AI fortnight") && board.contains("Two weeks of small experiments.")
                && board.contains("8 days with a check-in, 2026-03-02 → 2026-03-13"), board);
        chat.say("mia", "challenge join c1");
        clock.advance(Duration.ofDays(8));
        assertTrue(chat.say("mia", "tried c1: after the old end").text().contains("AI fortnight: 1/8"));
    }

    @Test
    void aLoweredTargetTellsTheLeadWhoReachedItAndARaisedOneDoesNotTellThemTwice() {
        aiWeekWithMiaAndNoah();
        miaChecksInOnDays(2);
        Map<String, String> values = challengeForm("AI week", "2026-03-02", "2026-03-06");
        values.put("target", "2");
        assertTrue(submitEdit(values).text().contains("Saved"));
        sweep.tick();
        assertEquals(1, finishedToLeo().size(), "mia reached the lowered target: " + finishedToLeo());
        assertTrue(finishedToLeo().get(0).contains("*AI week* (c1): mia"), finishedToLeo().get(0));

        values.put("target", "3");
        submitEdit(values);
        chat.say("mia", "tried c1: day 3");
        clock.advance(Duration.ofHours(2));
        sweep.tick();
        assertEquals(1, finishedToLeo().size(), "mia is news once: " + finishedToLeo());
    }

    @Test
    void aForgedChallengeIdInAButtonOrFormIsShownAsTextNeverAsABroadcast() {
        aiWeekWithMiaAndNoah();
        String forged = "<!channel> *x*";
        List<String> answers = List.of(
                chat.click("leo", RunningChallenges.CONFIRM_CANCEL, forged).text(),
                chat.click("leo", RunningChallenges.KEEP, forged).text(),
                chat.click("leo", ChallengeForm.EDIT_OPEN, forged).text(),
                chat.click("noah", ChallengeBoard.JOIN, forged).text(),
                members.tag(Chat.user("noah"), forged, Texts.in(Locale.ENGLISH)).reply());
        for (String answer : answers) {
            assertTrue(answer.contains(Markdown.literal(forged)) && !answer.contains("<!channel>") && !answer.contains(" *x*"),
                    answers.indexOf(answer) + ": " + answer);
        }
    }

    /** mia tags a check-in with c1 on each of the next {@code days} days. */
    private void miaChecksInOnDays(int days) {
        for (int day = 0; day < days; day++) {
            chat.say("mia", "tried c1: day " + day);
            clock.advance(Duration.ofDays(1));
        }
    }

    private List<String> finishedToLeo() {
        return adapter.sent().stream().filter(s -> s.to().value().equals("D-leo")).map(s -> Chat.text(s.message()))
                .filter(text -> text.contains("Finished your challenges")).toList();
    }

    private Chat.Turn submitEdit(Map<String, String> values) {
        Chat.Turn turn = new Chat.Turn();
        engine.handle(new curio.chat.BotEvent.FormSubmitted(Chat.user("leo"), Chat.dm("leo"), ChallengeForm.EDIT, "c1",
                values), turn);
        return turn;
    }
}
