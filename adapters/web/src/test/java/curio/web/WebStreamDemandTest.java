package curio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Message;
import io.micronaut.http.sse.Event;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** A stream hands its reader only what it asked for, and the playground keeps only so many open. */
class WebStreamDemandTest {

    private final WebAdapter adapter = new WebAdapter(Clock.systemUTC());
    private final WebStreams streams = new WebStreams(adapter, 2, 3);

    /** Records what it is told; asks for nothing unless told to. */
    private static final class Reader implements Subscriber<Event<Object>> {
        final List<Event<Object>> events = new ArrayList<>();
        Subscription subscription;
        Throwable error;
        boolean complete;

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(Event<Object> event) {
            events.add(event);
        }

        @Override
        public void onError(Throwable t) {
            error = t;
        }

        @Override
        public void onComplete() {
            complete = true;
        }

        List<String> ids() {
            return events.stream().map(Event::getId).toList();
        }
    }

    private void send(String user, String text) {
        adapter.send(WebAdapter.conversation(user), Message.text(text));
    }

    @Test
    void aReaderGetsWhatItAskedForAndTheRestWaits() {
        send("ana", "kept");
        Reader reader = new Reader();
        streams.open("ana", "").subscribe(reader);
        assertEquals(List.of(), reader.events, "nothing before it asks");
        reader.subscription.request(2);
        assertEquals(2, reader.events.size(), "the reconnect delay, then the kept message");
        assertEquals(WebStream.RETRY, reader.events.get(0).getRetry());
        send("ana", "new");
        assertEquals(List.of("w1"), reader.ids().subList(1, 2));
        assertEquals(2, reader.events.size(), "the new one waits for demand");
        reader.subscription.request(Long.MAX_VALUE);
        send("ana", "newer");
        assertEquals(List.of("w2", "w3"), reader.ids().subList(2, 4));
        streams.heartbeat();
        assertEquals("heartbeat", reader.events.get(4).getComment(), "a quiet stream gets a comment");
        reader.subscription.cancel();
        assertEquals(0, adapter.followers("ana"));
        assertEquals(0, streams.open("ana"));
    }

    @Test
    void aNonPositiveRequestEndsTheStreamWithAnError() {
        Reader reader = new Reader();
        streams.open("bo", "").subscribe(reader);
        reader.subscription.request(0);
        assertInstanceOf(IllegalArgumentException.class, reader.error);
        assertEquals(0, adapter.followers("bo"));
        Reader second = new Reader();
        streams.open("bo", "").subscribe(second);
        WebStream taken = streams.open("cy", "");
        taken.subscribe(new Reader());
        Reader third = new Reader();
        taken.subscribe(third);
        assertInstanceOf(IllegalStateException.class, third.error, "one reader a stream");
    }

    @Test
    void aReaderTooFarBehindIsEndedToComeBackFromItsLastId() {
        Reader reader = new Reader();
        streams.open("dee", "").subscribe(reader);
        for (int i = 0; i <= WebStream.BEHIND; i++) {
            send("dee", "message " + i);
        }
        assertTrue(reader.complete, "ended, though it asked for nothing");
        assertEquals(List.of(), reader.events);
        assertEquals(0, adapter.followers("dee"));
        assertEquals(0, streams.open("dee"));
    }

    @Test
    void streamsAreCappedPerInboxAndInAllAndOneNobodyTookGivesItsPlaceBack() {
        streams.open("eve", "");
        streams.open("eve", "");
        WebStreams.TooMany perInbox = assertThrows(WebStreams.TooMany.class, () -> streams.open("eve", ""));
        assertTrue(perInbox.getMessage().startsWith("2 streams are open on 'eve'"), perInbox.getMessage());
        streams.open("#general", "");
        WebStreams.TooMany total = assertThrows(WebStreams.TooMany.class, () -> streams.open("fay", ""));
        assertTrue(total.getMessage().startsWith("3 streams are open on this playground"), total.getMessage());
        streams.heartbeat();
        assertEquals(2, streams.open("eve"), "not taken for one heartbeat");
        streams.heartbeat();
        assertEquals(0, streams.open("eve"), "nor for two: closed");
        streams.open("fay", "");
    }
}
