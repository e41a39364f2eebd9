package curio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Message;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages Curio sends on its own, pushed to every open stream of the inbox over real HTTP. */
@MicronautTest
@Property(name = "curio.web", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "curio.web.stream-heartbeat", value = "1s")
class WebStreamTest {

    @Inject
    EmbeddedServer server;
    @Inject
    WebAdapter adapter;
    @Inject
    WebStreams streams;

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getPort() + pathAndQuery);
    }

    private String send(String user, String text) {
        return adapter.send(WebAdapter.conversation(user), Message.text(text)).id();
    }

    private static List<String> ids(List<EventStream.Event> events) {
        return events.stream().map(EventStream.Event::id).toList();
    }

    @Test
    void twoTabsEachGetEveryMessageOnceInOrderAndAReconnectResumesAfterItsLastId() throws Exception {
        String before = send("ana", "kept from before");
        try (EventStream first = EventStream.open(uri("/web/api/stream?user=ana"));
             EventStream second = EventStream.open(uri("/web/api/stream?user=ana&after=" + before))) {
            assertEquals(200, first.status());
            assertTrue(first.header("Content-Type").startsWith("text/event-stream"), first.header("Content-Type"));
            assertEquals(List.of(before), ids(first.messages(1, 5)), "what the inbox kept comes first");
            String one = send("ana", "one");
            String two = send("ana", "two");
            List<EventStream.Event> read = first.messages(2, 5);
            assertEquals(List.of(one, two), ids(read), "in order, each with its id");
            assertTrue(read.get(0).data().contains("\"id\":\"" + one + "\"") && read.get(0).data().contains("one"),
                    read.get(0).data());
            assertEquals(List.of(one, two), ids(second.messages(2, 5)), "the other tab lost nothing to the first");
            assertEquals(List.of(), first.messages(1, 1), "each once");
            assertEquals(List.of(), second.messages(1, 0), "each once");
        }
        String three = send("ana", "three");
        try (EventStream again = EventStream.open(uri("/web/api/stream?user=ana&after=" + before), "Last-Event-ID",
                adapter.inbox("ana", "").get(2).get("id").toString())) {
            assertEquals(List.of(three), ids(again.messages(2, 2)), "Last-Event-ID wins over the URL's cursor");
        }
    }

    @Test
    void aQuietStreamGetsAHeartbeatComment() throws Exception {
        try (EventStream quiet = EventStream.open(uri("/web/api/stream?user=quiet"))) {
            assertEquals("heartbeat", quiet.comment(5));
            assertEquals(List.of(), quiet.messages(1, 0), "no event for the page");
        }
    }

    @Test
    void aClosedStreamStopsFollowingTheInbox() throws Exception {
        EventStream stream = EventStream.open(uri("/web/api/stream?channel=general"));
        assertEquals(1, waitFor(() -> adapter.followers("#general"), 1));
        assertEquals(1, streams.open("#general"));
        stream.close();
        assertEquals(0, waitFor(() -> adapter.followers("#general"), 0), "the reader went away: nothing follows");
        assertEquals(0, streams.open("#general"), "and its place is given back");
        send("#general", "to nobody");
        assertEquals(1, adapter.inbox("#general", "").size(), "the inbox still keeps it for the next reader");
    }

    @Test
    void aStreamIsAuthorisedAsTheInboxIsAndTheTokenGoesInTheQueryOnlyHere() throws Exception {
        HttpResponse<String> foreign = EventStream.refused(uri("/web/api/stream?user=ana"), "Sec-Fetch-Site", "cross-site");
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("X-Curio-Web-Token"), foreign.body());
        String token = "T".repeat(43);
        HttpResponse<String> wrong = EventStream.refused(uri("/web/api/stream?user=ana&token=" + "F".repeat(43)),
                "Cookie", "curio_web_token=" + token, "Sec-Fetch-Site", "same-origin");
        assertEquals(403, wrong.statusCode(), wrong.body());
        try (EventStream page = EventStream.open(uri("/web/api/stream?user=ana&token=" + token),
                "Cookie", "curio_web_token=" + token, "Sec-Fetch-Site", "same-origin")) {
            assertEquals(200, page.status(), "the playground page's EventSource, with its token in the query");
        }
        HttpResponse<String> inbox = EventStream.refused(uri("/web/api/inbox?user=ana&token=" + token),
                "Cookie", "curio_web_token=" + token, "Sec-Fetch-Site", "same-origin");
        assertEquals(403, inbox.statusCode(), "the query token opens the stream alone: " + inbox.body());

        adapter.rememberAdmin("boss", true);
        HttpResponse<String> proxied = EventStream.refused(uri("/web/api/stream?user=boss"), "X-Forwarded-For", "203.0.113.9");
        assertEquals(403, proxied.statusCode(), "nobody elsewhere reads an admin's stream: " + proxied.body());
        assertEquals(400, EventStream.refused(uri("/web/api/stream?user=a*b")).statusCode());
        assertEquals(400, EventStream.refused(uri("/web/api/stream?user=ana&channel=x")).statusCode());
        HttpResponse<String> badId = EventStream.refused(uri("/web/api/stream?user=ana"), "Last-Event-ID", "12");
        assertEquals(400, badId.statusCode());
        assertTrue(badId.body().startsWith("{\"error\":\"header 'Last-Event-ID'"), badId.body());
    }

    @Test
    void moreStreamsThanAnInboxKeepsOpenGet429() throws Exception {
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < WebStreams.PER_INBOX; i++) {
                open.add(EventStream.open(uri("/web/api/stream?user=tabs")));
                assertEquals(200, open.get(i).status());
            }
            HttpResponse<String> refused = EventStream.refused(uri("/web/api/stream?user=tabs"));
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(refused.body().startsWith("{\"error\":\"" + WebStreams.PER_INBOX + " streams are open on 'tabs'"),
                    refused.body());
        } finally {
            open.forEach(EventStream::close);
        }
        assertEquals(0, waitFor(() -> streams.open("tabs"), 0));
        try (EventStream again = EventStream.open(uri("/web/api/stream?user=tabs"))) {
            assertEquals(200, again.status(), "closed tabs gave their places back");
        }
    }

    private static int waitFor(java.util.function.IntSupplier value, int expected) throws InterruptedException {
        for (int i = 0; i < 50 && value.getAsInt() != expected; i++) {
            Thread.sleep(100);
        }
        return value.getAsInt();
    }
}
