package curio.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * Found by the payload fuzz test (bot module, issue 9): ids go into Redis keys, so an activity with
 * an id no Teams id looks like, or a string where an account belongs, gets 400 before anything is stored.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsMalformedActivityTest extends DevModeTeamsTest {

    @Inject
    UnifiedJedis redis;

    @Test
    void anActivityWithAnOverlongOrControlCharacterIdGets400AndNothingIsStored() {
        String message = Activities.personalMessage(connector.url(), "start");
        assertEquals(400, post(message.replace("\"aad-user-1\"", "\"" + "a".repeat(300) + "\"")));
        assertEquals(400, post(message.replace("\"a:personal-1\"", "\"a:personal-1\\u0000\"")));
        assertEquals(400, post(message.replace("\"id\":\"act-", "\"id\":\"{act-")));
        assertTrue(engine.events.isEmpty(), engine.events.toString());
        assertEquals(List.of(), redis.keys("*").stream()
                .filter(k -> k.contains("aaaaaaaaaa") || k.contains("\u0000") || k.contains("{act-")).toList());
    }

    @Test
    void aStringWhereTeamsSendsAnAccountGets400() {
        String message = Activities.personalMessage(connector.url(), "start");
        String from = message.substring(message.indexOf("\"from\":") + 7, message.indexOf("},", message.indexOf("\"from\":")) + 1);
        assertEquals(400, post(message.replace(from, "\"" + "x".repeat(100) + "\"")));
        assertTrue(engine.events.isEmpty(), engine.events.toString());
    }

    @Test
    void aCardAnsweredOnceWithoutAReplyToIdLeavesNoKeyForIt() {
        String submit = Activities.cardSubmit(connector.url(), Activities.ADA, "personal", "a:personal-1", "",
                "{\"actionId\":\"prompt.quiz\",\"value\":\"p1:0\",\"once\":true}");
        assertEquals(200, post(submit));
        assertEquals(1, engine.events.size());
        assertEquals(Set.of(), redis.keys("*answered*"));
    }
}
