package curio.teamsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.teams.Activities;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code checkin} typed in Teams: the form card comes at once, since Teams needs no click to show one. */
class TeamsCheckInEndToEndTest {

    @Test
    void checkinInPersonalChatPostsTheCheckInFormCard() throws Exception {
        try (TeamsEngine teams = new TeamsEngine()) {
            teams.post(Activities.personalMessage(teams.connector.url(), "start"));
            int before = teams.connector.postedTo(TeamsLearnerEndToEndTest.PERSONAL).size();
            assertEquals(200, teams.post(Activities.personalMessage(teams.connector.url(), "checkin")));
            List<String> posted = teams.connector.postedTo(TeamsLearnerEndToEndTest.PERSONAL);
            String card = String.join("\n", posted.subList(before, posted.size()));
            assertTrue(card.contains("application/vnd.microsoft.card.adaptive") && card.contains("What did you try"), card);
            assertTrue(card.contains("Input.Text"), "a form to fill in: " + card);
            assertFalse(card.contains("opens from a button"), "no launcher: " + card);
        }
    }
}
