package curio.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.BotEventHandler;
import curio.chat.ChatFile;
import curio.chat.Message;
import curio.chat.Profile;
import curio.habits.AnswerLog;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest implements EngineTest {

    /** 04:00 on Tuesday 3 March in Auckland, still Monday 2 March in UTC. */
    private static final Instant AUCKLAND_TUESDAY = Instant.parse("2026-03-02T15:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    BotEventHandler engine;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;
    @Inject
    AnswerLog answers;
    @Inject
    FakeChatAdapter adapter;
    Chat chat;

    @BeforeEach
    void fresh() {
        redis.flushAll();
        clock.set(TestClockFactory.START);
        chat = new Chat(engine);
    }

    /** Ada in Auckland: enrolled, a goal, sharing on, one check-in and one quiz answered wrong, on her Tuesday. */
    private Chat.Turn adaExports() {
        adapter.setProfile(Chat.user("ada"), new Profile("Ada", ZoneId.of("Pacific/Auckland"), Locale.ENGLISH, false));
        clock.set(AUCKLAND_TUESDAY);
        chat.say("ada", "start");
        chat.say("ada", "goal write shorter emails");
        chat.say("ada", "share on");
        chat.say("ada", "tried asking for feedback early");
        answers.append(Chat.user("ada"), LocalDate.of(2026, 3, 3), AnswerLog.QUIZ, "ai-at-work-03", AnswerLog.WRONG);
        return chat.say("ada", "export");
    }

    @Test
    void anExportIsAMarkdownSummaryAndJsonSentAsFiles() {
        Chat.Turn turn = adaExports();
        List<ChatFile> files = turn.last().files();
        assertEquals(List.of("curio-export-2026-03-03.md", "curio-export-2026-03-03.json"),
                files.stream().map(ChatFile::name).toList(), "dated by the learner's day in Auckland");
        assertEquals(List.of("text/markdown", "application/json"), files.stream().map(ChatFile::mediaType).toList());
        assertTrue(turn.text().contains("everything I hold about you"), turn.text());
    }

    @Test
    void theSummaryReadsInPlainWordsWithDatesInTheLearnersZone() {
        String summary = adaExports().file(".md");
        assertTrue(summary.startsWith("# Everything Curio holds about Ada\n"), summary);
        assertTrue(summary.contains("Exported on Tuesday 3 March 2026 at 04:00 (Pacific/Auckland)"), summary);
        for (String line : List.of("## Your settings", "- Status: taking part", "- Time zone: Pacific/Auckland",
                "- Daily prompt at 09:30, check-in question at 16:30", "- Working days: Mon–Fri",
                "- Team sharing: on, so your check-ins and streak can appear in your team's feed and leaderboards",
                "## Goal\nFor Q1 2026: write shorter emails", "- Current streak: 1 day", "- Longest streak: 1 day",
                "- Learning days in all: 1, the last on Tue 3 Mar 2026", "## Check-ins (1)\n- Tue 3 Mar 2026: asking for feedback early",
                "## Quiz answers (1)\n- Tue 3 Mar 2026: A confident citation: wrong",
                "## Quizzes coming back for review (0)\nNone.")) {
            assertTrue(summary.contains(line), line + " in\n" + summary);
        }
    }

    @Test
    void aTeammatesCheckInDoneAsAPromptIsNamedAsSuchNeverByTheirUserId() {
        chat.say("ada", "start");
        answers.append(Chat.user("ada"), LocalDate.of(2026, 3, 2), AnswerLog.DONE, "shared:U_MIA:0123456789abcdef", "");
        Chat.Turn turn = chat.say("ada", "export");
        for (String file : new String[] {turn.file(".md"), turn.file(".json")}) {
            assertTrue(file.contains("A teammate") && !file.contains("U_MIA"), file);
        }
    }

    @Test
    void theJsonHasReadableKeysAndTheLearnersOwnWords() throws Exception {
        JsonNode json = JSON.readTree(adaExports().file(".json"));
        assertEquals("2026-03-03T04:00:00+13:00", json.path("exportedAt").asText());
        assertEquals("Pacific/Auckland", json.path("settings").path("timeZone").asText());
        assertEquals("16:30", json.path("settings").path("checkInTime").asText());
        assertTrue(json.path("settings").path("shareWithTeam").asBoolean());
        assertEquals("en", json.path("settings").path("language").asText());
        assertEquals("write shorter emails", json.path("quarterGoal").path("text").asText());
        assertEquals("2026-03-03", json.path("checkIns").path(0).path("date").asText());
        assertEquals("asking for feedback early", json.path("checkIns").path(0).path("text").asText());
        assertFalse(json.path("quizAnswers").path(0).path("answeredRight").asBoolean(true));
        assertEquals(1, json.path("streak").path("currentDays").asInt());
    }

    @Test
    void noRedisFieldNameAppearsInEitherFile() throws Exception {
        Chat.Turn turn = adaExports();
        chat.say("ada", "pause for 3 days");
        chat.say("ada", "topics remove focus");
        turn = chat.say("ada", "export");
        Set<String> fields = redis.hkeys("curio:{" + Chat.TENANT.key() + "}:L:ada");
        assertTrue(fields.containsAll(Set.of("st", "tz", "pt", "ct", "sh", "goal", "gq", "cur", "best", "org", "pu", "tx")), "the hash: " + fields);
        Set<String> keys = new HashSet<>();
        collectKeys(JSON.readTree(turn.file(".json")), keys);
        Set<String> shared = new HashSet<>(keys);
        shared.retainAll(fields);
        assertEquals(Set.of(), shared, "JSON keys that are Redis field names");
        String summary = turn.file(".md");
        Set<String> words = Set.of("goal", "days", "best", "total", "last", "seen", "pauses");
        for (String field : fields) {
            Pattern word = Pattern.compile("(?<![\\w:-])" + Pattern.quote(field) + "(?![\\w-])");
            Pattern pair = Pattern.compile("(?im)^[-*\\s]*\\W?" + Pattern.quote(field) + "\\W?\\s*[:=]");
            assertFalse(pair.matcher(summary).find(), field + " as a key in\n" + summary);
            assertTrue(words.contains(field) || !word.matcher(summary).find(), field + " in\n" + summary);
        }
    }

    @Test
    void learnersWordsShowAsWrittenAndNeverBreakTheMarkdown() throws Exception {
        adapter.setProfile(Chat.user("bo"), new Profile("Bo # *Hacker*", ZoneId.of("UTC"), Locale.ENGLISH, false));
        chat.say("bo", "start");
        String words = "# not a heading\n- not an item\n      not code [link](http://evil.example) `tick` <!channel> *bold* 1. one \\o/";
        chat.say("bo", "tried " + words);
        Chat.Turn turn = chat.say("bo", "export");
        String summary = turn.file(".md");
        List<String> headings = summary.lines().filter(l -> l.startsWith("#")).toList();
        assertEquals("# Everything Curio holds about Bo \\# \\*Hacker\\*", headings.get(0));
        assertTrue(headings.stream().skip(1).allMatch(h -> h.startsWith("## ") && !h.contains("not a heading")), headings.toString());
        assertFalse(summary.lines().anyMatch(l -> l.startsWith("- not") || l.startsWith("    ")), summary);
        assertFalse(summary.contains("[link](http"), summary);
        List<String> item = checkInItem(summary);
        assertTrue(item.get(0).startsWith("- Mon 2 Mar 2026: "), item.toString());
        String shown = String.join("\n", item).substring("- Mon 2 Mar 2026: ".length())
                .replace("\\\n  ", "\n").replaceAll("\\\\(\\p{Punct})", "$1");
        assertEquals(Arrays.stream(words.split("\n")).map(String::strip).toList(), List.of(shown.split("\n")),
                "the item, unescaped, is the check-in line by line");
        assertEquals(words, JSON.readTree(turn.file(".json")).path("checkIns").path(0).path("text").asText(),
                "the JSON keeps the words exactly");
    }

    @Test
    void whenTheFilesCannotBeAttachedTheLatestOfTheSummaryIsSaidInChat() {
        chat.say("cy", "start");
        for (int day = 0; day < 12; day++) {
            chat.say("cy", "tried step " + (day + 1));
            clock.advance(Duration.ofDays(1));
        }
        Message unattached = chat.say("cy", "export").last().unattached();
        assertTrue(unattached.files().isEmpty());
        String text = Chat.text(unattached);
        assertTrue(text.startsWith("I couldn't attach your export as files here, so here is the summary as a message."), text);
        assertTrue(text.contains("*Check-ins (12)*\n- Fri 13 Mar 2026: step 12\n"), text);
        assertTrue(text.contains("- Wed 4 Mar 2026: step 3\n…and 2 earlier ones."), text);
        assertFalse(text.contains("step 2\n") || text.contains("# "), text);
    }

    /** The check-in list item of a summary with one check-in: its first line and its continuation lines. */
    private static List<String> checkInItem(String summary) {
        List<String> lines = summary.lines().toList();
        int start = lines.indexOf("## Check-ins (1)") + 1;
        List<String> item = new ArrayList<>(List.of(lines.get(start)));
        for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("  "); i++) {
            item.add(lines.get(i));
        }
        return item;
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        node.fields().forEachRemaining(f -> {
            keys.add(f.getKey());
            collectKeys(f.getValue(), keys);
        });
        node.elements().forEachRemaining(e -> collectKeys(e, keys));
    }
}
