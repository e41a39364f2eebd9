package curio.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How Teams mentions read to the engine: one neutral syntax, whatever Teams put in the entity. */
class TeamsMentionsTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    final TestRedis redis = TestRedis.start();
    final TeamsDirectory directory = new TeamsDirectory(ZoneId.of("UTC"), java.util.Set.of(), redis.client());
    final TeamsMentions mentions = new TeamsMentions(JSON, directory);

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void thePersonMentionedTwiceIsNamedTwiceAndCurioNever() throws IOException {
        Activities.Mention bob = new Activities.Mention("29:bob", "Bob", "aad-bob");

        assertEquals("<@aad-bob> and <@aad-bob> again", text(
                "<at>Curio</at> <at>Bob</at> and <at>Bob</at> again", Activities.Mention.bot(), bob, bob));
    }

    @Test
    void anOrgIdMentionNamesTheAadObjectId() throws IOException {
        String aad = "0e0c4a6b-7d3c-4a9f-9a51-4e3b2f1d9c11";

        assertEquals("admin leads add <@" + aad + ">",
                text("admin leads add <at>Dee</at>", new Activities.Mention("8:orgid:" + aad, "Dee", null)));
    }

    @Test
    void aPersonCurioNeverSawKeepsTheirTeamsIdAndUnknownMarkupIsReducedToText() throws IOException {
        assertEquals("tried <@29:zed> pairing with Yan",
                text("<p>tried <at>Zed</at> pairing with <b><at>Yan</at></b></p>",
                        new Activities.Mention("29:zed", "Zed", null)));
    }

    @Test
    void aTeamMentionNamesItsGeneralChannel() throws IOException {
        assertEquals("team setup <#19:team-general>",
                text("team setup <at>Learning Guild</at>", new Activities.Mention("19:team-general", "Learning Guild", null)));
    }

    private String text(String text, Activities.Mention... named) throws IOException {
        String body = Activities.channelMessage("https://smba.example/", "19:chan@thread.tacv2", "1", text, List.of(named));
        Activity activity = new ActivityReader(JSON).read(body.getBytes(StandardCharsets.UTF_8));
        return mentions.text(activity, Activities.TENANT);
    }
}
