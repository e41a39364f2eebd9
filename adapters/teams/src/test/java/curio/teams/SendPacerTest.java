package curio.teams;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pacing on a fake clock: 7 messages a second per conversation, 30 per tenant. */
class SendPacerTest {

    final AtomicLong now = new AtomicLong();
    final SendPacer pacer = new SendPacer(7, 30, now::get, now::addAndGet);

    @Test
    void theEighthMessageToOneConversationWaitsForTheNextSecond() throws InterruptedException {
        for (int i = 0; i < 7; i++) {
            pacer.acquire("chat-1", "tenant-1");
        }
        assertEquals(0, now.get());

        pacer.acquire("chat-1", "tenant-1");

        assertEquals(TimeUnit.SECONDS.toNanos(1), now.get());
    }

    @Test
    void aTenantGetsThirtyMessagesASecondAcrossConversations() throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            pacer.acquire("chat-" + i, "tenant-1");
        }
        pacer.acquire("chat-other-tenant", "tenant-2");
        assertEquals(0, now.get());

        pacer.acquire("chat-31", "tenant-1");

        assertEquals(TimeUnit.SECONDS.toNanos(1), now.get());
    }

    @Test
    void fifteenMessagesToOneConversationTakeTwoSeconds() throws InterruptedException {
        for (int i = 0; i < 15; i++) {
            pacer.acquire("chat-1", "tenant-1");
        }
        assertEquals(TimeUnit.SECONDS.toNanos(2), now.get());
    }
}
