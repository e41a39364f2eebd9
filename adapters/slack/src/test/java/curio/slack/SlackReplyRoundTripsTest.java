package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.ChatAdapter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reply to a DM goes out on the pacer place the inbox reader took in the pipeline of its read
 * ({@link SlackPacer#takeAhead}): the engine's thread waits for no pacer round trip of its own.
 * A context of its own, so that no other test's post is still being paced meanwhile.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackReplyRoundTripsTest extends SingleWorkspaceSlackTest {

    @Inject ChatAdapter adapter;

    @Test
    void aDmsReplyGoesOutOnThePlaceTheInboxTookWithItsRead() throws Exception {
        SlackPacer pacer = ((SlackAdapter) adapter).pacer();
        long before = pacer.roundTrips();

        for (int i = 1; i <= 5; i++) {
            assertEquals(200, requests.json(SignedRequests.event("Ev-ahead-" + i,
                    SignedRequests.dm("U-ahead-" + i, "D-ahead-" + i, "start"))).statusCode());
        }

        slack.await("chat.postMessage", 5, SlackEventsEndpointTest.WAIT);
        assertEquals(0, pacer.roundTrips() - before, "pacer round trips of the five replies");
    }

    @Test
    void aSecondReplyInTheSameSecondWaitsForItsChannelsSlotWithARoundTripOfItsOwn() throws Exception {
        SlackPacer pacer = ((SlackAdapter) adapter).pacer();
        long before = pacer.roundTrips();

        requests.json(SignedRequests.event("Ev-twice-1", SignedRequests.dm("U-twice", "D-twice", "start")));
        requests.json(SignedRequests.event("Ev-twice-2", SignedRequests.dm("U-twice", "D-twice", "start")));

        slack.await("chat.postMessage", 2, SlackEventsEndpointTest.WAIT);
        assertTrue(pacer.roundTrips() - before >= 1, "the second reply took its own place once its slot came");
    }
}
