package curio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.BotEventHandler;
import curio.chat.Profile;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/** {@code admin content reload}: an admin's packs are read again without a restart, on every replica. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentReloadTest implements EngineTest {

    static final String KITCHEN = """
            track: kitchen
            name: Kitchen
            description: House rules for the office kitchen.
            prompts:
              - id: kitchen-01
                kind: tip
                title: Mugs back
                body: Put your mug in the dishwasher before you leave.
            """;

    final Path folder;
    @Inject
    BotEventHandler engine;
    @Inject
    FakeChatAdapter adapter;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;
    @Inject
    YamlPromptLibrary library;
    Chat chat;

    ContentReloadTest() throws IOException {
        folder = Files.createTempDirectory("curio-packs");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(EngineTest.super.getProperties());
        properties.put("curio.content-dir", folder.toString());
        return properties;
    }

    @BeforeEach
    void anAdminAndAnEmptyPackFolder() throws IOException {
        redis.flushAll();
        adapter.clear();
        clock.set(TestClockFactory.START);
        try (Stream<Path> packs = Files.list(folder)) {
            packs.forEach(pack -> {
                try {
                    Files.delete(pack);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        library.reload();
        chat = new Chat(engine);
        adapter.setProfile(Chat.user("ada"), new Profile("Ada", ZoneId.of("UTC"), Locale.ENGLISH, true));
    }

    @Test
    void anAdminReloadsThePacksAndReadsWhatLoadedAndEveryProblem() throws IOException {
        int before = library.report().prompts();
        Files.writeString(folder.resolve("kitchen.yml"), KITCHEN);
        Files.writeString(folder.resolve("broken.yml"), KITCHEN.replace("kitchen", "garden").replace("kind: tip", "kind: poll"));

        String answer = chat.say("ada", "admin content reload").text();

        assertTrue(library.prompt("kitchen-01").isPresent(), "served without a restart");
        assertTrue(answer.contains("Content reloaded: *" + library.report().packs() + "* packs, *"
                + library.tracks().size() + "* tracks, *" + (before + 1) + "* prompts."), answer);
        assertTrue(answer.contains("*1 pack skipped*"), answer);
        assertTrue(answer.contains(folder.resolve("broken.yml") + " line 6: prompts\\[0\\].kind: 'poll' is not a kind"),
                answer);
        chat.say("ada", "start");
        assertTrue(chat.say("ada", "topics").text().contains("`kitchen`"), "learners can pick the new track");
    }

    @Test
    void aReloadWithoutProblemsSaysSo() throws IOException {
        Files.writeString(folder.resolve("kitchen.yml"), KITCHEN);

        assertTrue(chat.say("ada", "admin content reload").text().contains("No problems found."));
    }

    @Test
    void onlyAdminsReload() throws IOException {
        Files.writeString(folder.resolve("kitchen.yml"), KITCHEN);

        assertTrue(chat.say("mia", "admin content reload").text().contains("Only workspace admins"));
        assertTrue(library.prompt("kitchen-01").isEmpty());
    }

    @Test
    void saidInAChannelTheAnswerGoesToTheAdminsDirectChat() {
        Chat.Turn turn = chat.sayIn("general", "ada", "admin content reload");

        assertTrue(turn.replies.stream().noneMatch(m -> Chat.text(m).contains("Content reloaded")), turn.text());
        assertTrue(adapter.sent().stream().anyMatch(sent -> sent.to().equals(Chat.dm("ada"))
                && Chat.text(sent.message()).contains("Content reloaded")), "answered in the direct chat");
    }

    @Test
    void anotherReplicaFollowsAReloadOnce() throws IOException {
        Clock earlier = Clock.fixed(TestClockFactory.START.minus(Duration.ofHours(1)), ZoneOffset.UTC);
        YamlPromptLibrary otherLibrary = new YamlPromptLibrary(folder.toString(), earlier);
        ContentReloads otherReplica = new ContentReloads(redis, otherLibrary);
        Files.writeString(folder.resolve("kitchen.yml"), KITCHEN);
        otherReplica.follow();
        assertFalse(otherLibrary.prompt("kitchen-01").isPresent(), "nobody asked for a reload yet");

        chat.say("ada", "admin content reload");
        otherReplica.follow();

        assertTrue(otherLibrary.prompt("kitchen-01").isPresent(), "the other replica reloaded");
        Files.delete(folder.resolve("kitchen.yml"));
        otherReplica.follow();
        assertTrue(otherLibrary.prompt("kitchen-01").isPresent(), "one reload per request");
    }

    @Test
    void aReplicaThatLoadedAfterTheReloadDoesNotReloadAgain() {
        chat.say("ada", "admin content reload");
        YamlPromptLibrary later = new YamlPromptLibrary(folder.toString(),
                Clock.fixed(TestClockFactory.START.plusSeconds(60), ZoneOffset.UTC));
        ContentReloads laterReplica = new ContentReloads(redis, later);

        laterReplica.follow();

        assertEquals(TestClockFactory.START.plusSeconds(60), later.report().loadedAt());
    }
}
