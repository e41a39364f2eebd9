package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The goal question rides on the quarter's first prompt; only the first days of a quarter call it new. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterGoalTest extends LearnerDayTestBase {

    static final ZoneId UTC = ZoneOffset.UTC;
    static final String GOAL_QUESTION = "What do you want to get better at this quarter?";

    @Test
    void aLearnerWhoStartsOn29NovemberIsAskedForAGoalWithoutHearingThatAQuarterStarts() {
        String welcome = say("2026-11-29T10:00:00Z", "rae", "start");
        assertTrue(welcome.contains(GOAL_QUESTION), welcome);
        assertFalse(welcome.contains("new quarter"), "Q4 began on 1 October: " + welcome);

        String monday = scheduled("rae", UTC, "2026-11-30T09:30");
        assertFalse(monday.contains("quarter"), "asked once a quarter: " + monday);
    }

    @Test
    void aLearnerBackFromAPauseLateInTheQuarterIsAskedForAGoalWithoutANewQuarterNotice() {
        say("2026-09-14T10:00:00Z", "rae", "start");
        chat.say("rae", "pause until 2026-11-29");
        String back = scheduled("rae", UTC, "2026-11-30T09:30");
        assertTrue(back.contains(GOAL_QUESTION), back);
        assertFalse(back.contains("new quarter"), back);
    }

    @Test
    void theFirstPromptOfANewQuarterAnnouncesItAndTheNextDoesNot() {
        say("2026-11-29T10:00:00Z", "rae", "start");
        String first = scheduled("rae", UTC, "2027-01-04T09:30");
        assertTrue(first.contains("A new quarter (2027-Q1) starts") && first.contains(GOAL_QUESTION), first);
        assertFalse(scheduled("rae", UTC, "2027-01-05T09:30").contains("quarter"));
    }

    @Test
    void aTodayBeforeTheFirstScheduledPromptOfTheQuarterCarriesTheNoticeAndTheScheduleStaysQuiet() {
        say("2026-11-29T10:00:00Z", "rae", "start");
        String early = say("2027-01-04T08:00:00Z", "rae", "today");
        assertTrue(early.contains("A new quarter (2027-Q1) starts"), early);
        assertEquals(List.of(), schedule.promptAt("rae", UTC, LocalDateTime.parse("2027-01-04T09:30")));
        assertFalse(say("2027-01-04T11:00:00Z", "rae", "today").contains("quarter"), "the notice comes once");
    }
}
