package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.RateLimitListener;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Outbox deliveries through the adapter: pacing, 429 with Retry-After, and errors that stop a learner. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackDeliveryTest {

    FakeSlackApi slack;
    ApplicationContext context;
    SlackAdapter adapter;
    final RateLimits rateLimited = new RateLimits();

    /** The engine's side of the 429 count. */
    static final class RateLimits implements RateLimitListener {
        final List<Platform> seen = new CopyOnWriteArrayList<>();

        @Override
        public void rateLimited(Platform platform) {
            seen.add(platform);
        }
    }

    @BeforeAll
    void start() throws Exception {
        slack = new FakeSlackApi();
        context = ApplicationContext.builder().properties(Map.of("slack.bot.token", "xoxb-1-test-token-000000",
                "slack.signing.secret", "s", "slack.api.url", slack.url(), "micronaut.server.port", "-1"))
                .singletons(rateLimited).start();
        adapter = context.getBean(SlackAdapter.class);
    }

    @AfterAll
    void stop() {
        context.close();
        slack.close();
    }

    private static ConversationRef to(String channel) {
        return new ConversationRef(Platform.SLACK, "T1/" + channel);
    }

    @Test
    void a429WithRetryAfterDelaysTheNextSendByThatLong() throws Exception {
        slack.script("chat.postMessage", 429, Map.of("Retry-After", "2"), "{\"ok\":false,\"error\":\"ratelimited\"}");
        DeliveryException limited = assertThrows(DeliveryException.class, () -> adapter.send(to("D429"), Message.text("one")));
        assertEquals(DeliveryException.Kind.RATE_LIMITED, limited.kind());
        assertEquals(Duration.ofSeconds(2), limited.retryAfter());
        assertTrue(rateLimited.seen.contains(Platform.SLACK), "the 429 is counted for the operator's metrics");
        adapter.send(to("D430"), Message.text("two"));
        var calls = slack.calls("chat.postMessage");
        long gap = calls.get(calls.size() - 1).nanos() - calls.get(calls.size() - 2).nanos();
        assertTrue(gap >= Duration.ofSeconds(2).toNanos(), "gap " + Duration.ofNanos(gap));
    }

    @Test
    void aRetryAfterOneReplicaWasToldHoldsBackTheOthersSendsToo() throws Exception {
        SlackAdapter otherReplica = new SlackAdapter(context.getBean(com.slack.api.Slack.class), context.getBean(SlackTokens.class),
                new SlackPacer(context.getBean(redis.clients.jedis.UnifiedJedis.class), Duration.ofSeconds(1), Duration.ofSeconds(5), 1),
                null, null);
        slack.script("chat.postMessage", 429, Map.of("Retry-After", "1"), "{\"ok\":false,\"error\":\"ratelimited\"}");
        assertThrows(DeliveryException.class, () -> adapter.send(new ConversationRef(Platform.SLACK, "T7/D1"), Message.text("one")));

        otherReplica.send(new ConversationRef(Platform.SLACK, "T7/D2"), Message.text("two"));

        var calls = slack.calls("chat.postMessage");
        long gap = calls.get(calls.size() - 1).nanos() - calls.get(calls.size() - 2).nanos();
        assertTrue(gap >= Duration.ofSeconds(1).toNanos(), "gap " + Duration.ofNanos(gap));
    }

    @Test
    void twoMessagesToOneChannelAreAboutASecondApart() throws Exception {
        adapter.send(to("Dpace"), Message.text("one"));
        adapter.send(to("Dpace"), Message.text("two"));
        var calls = slack.calls("chat.postMessage").stream().filter(c -> c.param("channel").equals("Dpace")).toList();
        assertTrue(calls.get(1).nanos() - calls.get(0).nanos() >= Duration.ofMillis(950).toNanos());
    }

    @Test
    void aGoneChannelOrAccountStopsInsteadOfRetrying() {
        for (String error : new String[] {"channel_not_found", "account_inactive", "user_not_found", "is_archived",
                "cannot_dm_bot", "not_in_channel"}) {
            slack.script("chat.postMessage", 200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}");
            DeliveryException e = assertThrows(DeliveryException.class, () -> adapter.send(to("Dgone-" + error), Message.text("hi")));
            assertEquals(DeliveryException.Kind.GONE, e.kind(), error);
        }
    }

    @Test
    void aScheduledDeliveryCarriesItsIdAsMessageMetadataAndIsFoundInTheDmHistory() throws Exception {
        adapter.send(to("Dmeta"), Message.text("today's prompt"), "2026-03-09:PROMPT");
        String metadata = slack.calls("chat.postMessage").stream().filter(c -> c.param("channel").equals("Dmeta"))
                .findFirst().orElseThrow().param("metadata");
        assertTrue(metadata.contains("\"event_type\":\"curio_delivery\"") && metadata.contains("\"delivery\":\"2026-03-09:PROMPT\""),
                metadata);
        String history = "{\"ok\":true,\"has_more\":false,\"messages\":[{\"type\":\"message\",\"ts\":\"1773050000.000200\","
                + "\"text\":\"today's prompt\",\"metadata\":" + metadata + "}]}";

        slack.script("conversations.history", 200, Map.of(), history);
        var found = adapter.findDelivered(to("Dmeta"), "2026-03-09:PROMPT", java.time.Instant.ofEpochSecond(1773049000));
        slack.script("conversations.history", 200, Map.of(), history);
        var other = adapter.findDelivered(to("Dmeta"), "2026-03-10:PROMPT", java.time.Instant.ofEpochSecond(1773049000));

        assertEquals("1773050000.000200", found.orElseThrow().id());
        assertTrue(other.isEmpty());
        var asked = slack.calls("conversations.history").get(0);
        assertEquals("Dmeta", asked.param("channel"));
        assertEquals("1773049000.000000", asked.param("oldest"));
        assertTrue(Set.of("1", "true").contains(asked.param("include_all_metadata")));
    }

    @Test
    void aServerErrorIsWorthAnotherTry() {
        slack.script("chat.postMessage", 500, Map.of(), "oops");
        DeliveryException e = assertThrows(DeliveryException.class, () -> adapter.send(to("D500"), Message.text("hi")));
        assertEquals(DeliveryException.Kind.RETRY, e.kind());
    }

    @Test
    void aBrokenWorkspaceTokenIsRetriedInsteadOfStoppingEveryLearner() {
        for (String error : new String[] {"invalid_auth", "not_authed", "token_revoked", "token_expired", "missing_scope",
                "team_not_found"}) {
            slack.script("chat.postMessage", 200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}");
            DeliveryException e = assertThrows(DeliveryException.class, () -> adapter.send(to("Dauth-" + error), Message.text("hi")));
            assertEquals(DeliveryException.Kind.RETRY, e.kind(), error);
            assertEquals(error, e.getMessage());
        }
    }

    @Test
    void aTwentyKilobyteExportArrivesAsSectionsSlackAccepts() throws Exception {
        adapter.send(to("Dexport"), Message.text(SlackRendererLimitsTest.export()));
        FakeSlackApi.Call call = slack.calls("chat.postMessage").stream().filter(c -> c.param("channel").equals("Dexport"))
                .findFirst().orElseThrow();
        var blocks = com.google.gson.JsonParser.parseString(call.param("blocks")).getAsJsonArray();
        assertTrue(blocks.size() > 6 && blocks.size() <= 50, "blocks " + blocks.size());
        blocks.forEach(b -> assertTrue(b.getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length() <= 3000));
    }

    @Test
    void blocksSlackRefusesAreSentOnceAsPlainTextNotRetried() throws Exception {
        slack.script("chat.postMessage", 200, Map.of(), "{\"ok\":false,\"error\":\"invalid_blocks\"}");
        adapter.send(to("Dinvalid"), Message.builder("Quiz").text("*Which* one?").build());
        var calls = slack.calls("chat.postMessage").stream().filter(c -> c.param("channel").equals("Dinvalid")).toList();
        assertEquals(2, calls.size());
        assertTrue(calls.get(0).param("blocks") != null);
        assertEquals(null, calls.get(1).param("blocks"));
        assertEquals("*Which* one?", calls.get(1).param("text"));
    }
}
