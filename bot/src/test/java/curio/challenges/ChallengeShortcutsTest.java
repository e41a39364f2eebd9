package curio.challenges;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A learner in a challenge says it the short way: {@code join c1}, {@code leave c1}, {@code tried c1 …}. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengeShortcutsTest extends TeamLeadTestBase {

    @Test
    void joinAndLeaveWithAChallengeIdJoinAndLeaveIt() {
        setUpLearningTeamWithLeo();
        createChallenge();
        assertTrue(chat.say("mia", "join c1").text().contains("You joined *AI week*"));
        assertTrue(chat.say("mia", "join").text().contains("already in"), "join alone still signs up");
        assertTrue(chat.say("mia", "leave C1").text().contains("You left *AI week*"));
        assertTrue(chat.say("mia", "join challenge c1").text().contains("You joined *AI week*"));
        assertTrue(chat.say("mia", "leave").text().contains("`leave c3` leaves challenge c3"));
        assertTrue(chat.say("mia", "join the fun").text().contains("`join c3` to join challenge c3"));
    }

    @Test
    void triedWithAChallengeIdAndNoColonCountsForTheChallenge() {
        setUpLearningTeamWithLeo();
        createChallenge();
        chat.say("mia", "challenge join c1");
        String tried = chat.say("mia", "tried c1 asked an assistant to critique my plan").text();
        assertTrue(tried.contains("Checked in") && tried.contains("AI week: 1/3"), tried);
        assertTrue(chat.say("mia", "tried C1 and a second small experiment").text().contains("AI week: 1/3"),
                "an upper-case id is the same challenge (and the same day counts once)");
        String export = chat.say("mia", "export").file(".json");
        assertTrue(export.contains("asked an assistant to critique my plan") && !export.contains("c1 asked"),
                "the tag is not part of the words logged: " + export);
    }
}
