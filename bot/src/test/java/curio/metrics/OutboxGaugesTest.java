package curio.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.delivery.OutboxSenders;
import curio.store.Keys;
import curio.support.EngineTest;
import curio.support.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;

/**
 * The outbox gauges as a scrape shows them, with the senders stopped so that entries stay put; and
 * a scrape that still answers, without a token (none is set), when Redis cannot be read.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxGaugesTest implements EngineTest {

    static final String LENGTH = "curio_outbox_length";
    static final String OLDEST = "curio_outbox_oldest_age_seconds";
    static final String RETRIES = "curio_outbox_retries";

    @Inject EmbeddedServer server;
    @Inject UnifiedJedis redis;
    @Inject MutableClock clock;

    @BeforeAll
    void stopTheSenders(OutboxSenders senders) throws InterruptedException {
        senders.stop();
    }

    @BeforeEach
    void fresh() {
        redis.flushAll();
    }

    /** A scrape after the gauges' last reading went stale (the clock only moves on), so it reads Redis again. */
    private Scrape freshScrape() {
        clock.set(clock.instant().plus(OutboxGauges.FRESH));
        Scrape scrape = Scrape.of(server, null);
        assertEquals(200, scrape.status(), scrape.text());
        return scrape;
    }

    @Test
    void anEmptyOutboxReadsZero() {
        Scrape scrape = freshScrape();
        assertEquals(0, scrape.value(LENGTH));
        assertEquals(0, scrape.value(OLDEST));
        assertEquals(0, scrape.value(RETRIES));
    }

    @Test
    void theLengthAndTheAgeOfTheOldestEntryComeFromTheStream() {
        long now = System.currentTimeMillis(); // the embedded Redis runs on this machine's clock
        redis.xadd(Keys.OUTBOX, new StreamEntryID(now - 90_000, 0), Map.of("e", "waiting since 90 s"));
        redis.xadd(Keys.OUTBOX, StreamEntryID.NEW_ENTRY, Map.of("e", "just queued"));
        redis.zadd(Keys.OUTBOX_RETRY, now + 60_000, "a failed send");

        Scrape scrape = freshScrape();

        assertEquals(2, scrape.value(LENGTH));
        double oldest = scrape.value(OLDEST);
        assertTrue(oldest >= 90 && oldest < 100, "oldest " + oldest);
        assertEquals(1, scrape.value(RETRIES));
    }

    @Test
    void readingsAreKeptForAFewSecondsSoOneScrapeReadsRedisOnce() {
        freshScrape();
        redis.xadd(Keys.OUTBOX, StreamEntryID.NEW_ENTRY, Map.of("e", "queued after the reading"));
        assertEquals(0, Scrape.of(server, null).value(LENGTH), "the kept reading");
        assertEquals(1, freshScrape().value(LENGTH));
    }

    @Test
    void whenRedisCannotBeReadTheGaugesAreNaNAndTheScrapeStillAnswers() {
        redis.set(Keys.OUTBOX, "not a stream");

        Scrape scrape = freshScrape();

        assertTrue(Double.isNaN(scrape.value(LENGTH)), scrape.text());
        assertTrue(Double.isNaN(scrape.value(OLDEST)));
        assertTrue(scrape.line("jvm_memory_used_bytes", "area=\"heap\"").isPresent(), "the rest is still there");
    }
}
