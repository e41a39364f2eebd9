package curio.slack;

import curio.chat.BotEventHandler;
import curio.chat.ConversationRef;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Hands the {@link SlackInbox}'s entries to the engine. One thread reads the stream as consumer
 * {@code consumer} of the group; a bounded pool runs the engine, and when the pool is busy the
 * reader runs the entry itself, so it stops reading instead of queueing. An entry is acknowledged
 * once the engine is done with it; one the engine could not finish because Redis was away stays
 * pending. The consumer name is stable for a host and port: after a crash the restarted Curio first
 * takes back the entries it had read and not finished. Entries that another replica left pending
 * longer than {@code claimIdle} are claimed every quarter of that time.
 */
final class SlackInboxReader {

    private static final Logger LOG = LoggerFactory.getLogger(SlackInboxReader.class);
    private static final int BATCH = 32;
    private static final int BLOCK_MILLIS = 500;
    private static final Duration DRAIN = Duration.ofSeconds(10);
    private static final int MAX_ACKED = 256;

    private final SlackInbox inbox;
    private final UnifiedJedis redis;
    private final String consumer;
    private final BotEventHandler handler;
    private final SlackAdapter adapter;
    private final Duration claimIdle;
    private final ThreadPoolExecutor pool;
    private final Thread reader;
    private final GroupCommit<StreamEntryID> acks;
    private volatile boolean running = true;
    private StreamEntryID cursor = new StreamEntryID();
    private StreamEntryID claimCursor = new StreamEntryID();
    private long nextClaim = System.nanoTime();

    SlackInboxReader(SlackInbox inbox, UnifiedJedis redis, String consumer, BotEventHandler handler, SlackAdapter adapter,
                     Duration claimIdle, int threads) {
        this.inbox = inbox;
        this.redis = redis;
        this.consumer = consumer;
        this.handler = handler;
        this.adapter = adapter;
        this.claimIdle = claimIdle;
        this.acks = new GroupCommit<>(MAX_ACKED, ids -> inbox.done(ids.toArray(StreamEntryID[]::new)), (ids, e) ->
                LOG.warn("Slack: could not acknowledge {} inbox entries (Redis away); they may be handled again: {}", ids.size(),
                        e.toString()));
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads),
                SlackFactory.daemons("curio-slack-"), new ThreadPoolExecutor.CallerRunsPolicy());
        this.reader = SlackFactory.daemons("curio-slack-inbox-").newThread(this::run);
    }

    SlackInboxReader start() {
        inbox.createGroup();
        reader.start();
        LOG.info("Slack: reading the inbox as {}", consumer);
        return this;
    }

    /** Stops reading, lets the engine finish what it holds for up to {@link #DRAIN}; the rest stays pending. */
    void stop() throws InterruptedException {
        Duration drain = DRAIN;
        running = false;
        reader.join(BLOCK_MILLIS * 4L);
        pool.shutdown();
        if (!pool.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("Slack: events still in the engine after {}; they stay in the inbox for the next start", drain);
            pool.shutdownNow();
        }
    }

    private void run() {
        while (running) {
            try {
                claimIfDue();
                dispatch(read());
            } catch (JedisDataException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("NOGROUP")) {
                    LOG.warn("Slack: the inbox stream or its group is gone (Redis flushed or failed over): recreating it");
                    inbox.createGroup();
                } else {
                    pause(e);
                }
            } catch (RuntimeException e) {
                if (running) {
                    pause(e);
                }
            }
        }
    }

    /** Its own pending entries first (read before a crash), then new ones. */
    private List<StreamEntry> read() {
        boolean ownPending = cursor != null;
        XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(BATCH);
        if (!ownPending) {
            params.block(BLOCK_MILLIS);
        }
        StreamEntryID from = ownPending ? cursor : StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY;
        List<Map.Entry<String, List<StreamEntry>>> read = redis.xreadGroup(SlackInbox.GROUP, consumer, params,
                Map.of(SlackInbox.STREAM, from));
        List<StreamEntry> entries = read == null || read.isEmpty() ? List.of() : read.get(0).getValue();
        if (ownPending) {
            cursor = entries.isEmpty() ? null : entries.get(entries.size() - 1).getID();
            if (!entries.isEmpty()) {
                LOG.info("Slack: taking back {} events read before a restart", entries.size());
            }
        }
        return entries;
    }

    private void claimIfDue() {
        long now = System.nanoTime();
        if (now - nextClaim < 0) {
            return;
        }
        nextClaim = now + claimIdle.toNanos() / 4;
        Map.Entry<StreamEntryID, List<StreamEntry>> claimed = redis.xautoclaim(SlackInbox.STREAM, SlackInbox.GROUP, consumer,
                claimIdle.toMillis(), claimCursor, XAutoClaimParams.xAutoClaimParams().count(BATCH));
        claimCursor = claimed.getKey();
        if (!claimed.getValue().isEmpty()) {
            LOG.info("Slack: claimed {} events another replica left unhandled", claimed.getValue().size());
            dispatch(claimed.getValue());
        }
    }

    /**
     * Takes the dedupe keys of the entries' events and, for each personal message, the place of its reply in
     * its DM ({@link SlackAdapter#takeAhead}), in one round trip; then hands each entry that is its event's
     * first to the pool; the others are removed unhandled. When Redis fails here the entries stay pending,
     * to be claimed again (the places taken free themselves).
     */
    private void dispatch(List<StreamEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<StreamEntryID, String> once = new LinkedHashMap<>();
        Map<StreamEntryID, SlackPacer.Ahead> aheads = new HashMap<>();
        Map<StreamEntryID, Response<Object>> queued;
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (StreamEntry entry : entries) {
                Optional.ofNullable(SlackInboxEntry.once(entry.getFields())).ifPresent(key -> once.put(entry.getID(), key));
                ConversationRef answered = SlackInboxEntry.answeredIn(entry.getFields());
                if (answered != null) {
                    aheads.put(entry.getID(), adapter.takeAhead(pipeline, answered));
                }
            }
            queued = inbox.queueFirst(pipeline, once);
            pipeline.sync();
        }
        aheads.values().forEach(SlackPacer.Ahead::read);
        Map<StreamEntryID, Boolean> first = inbox.firsts(once, queued);
        for (StreamEntry entry : entries) {
            SlackPacer.Ahead ahead = aheads.get(entry.getID());
            if (Boolean.FALSE.equals(first.get(entry.getID()))) {
                release(ahead);
                finished(entry.getID()); // a retry of an event another entry handles
            } else {
                pool.execute(() -> {
                    try {
                        handle(entry, ahead);
                    } finally {
                        release(ahead);
                    }
                });
            }
        }
    }

    private void handle(StreamEntry entry, SlackPacer.Ahead ahead) {
        if (entry.getFields() == null) {
            finished(entry.getID()); // deleted while pending: nothing left to handle
            return;
        }
        SlackInboxEntry event;
        try {
            event = SlackInboxEntry.of(entry.getFields());
        } catch (RuntimeException e) {
            LOG.warn("Slack: dropped an unreadable inbox entry {}: {}", entry.getID(), e.toString());
            finished(entry.getID());
            return;
        }
        try {
            handler.handle(event.event(), SlackListeners.responder(adapter, event.event(), event.source(), event.triggerId(), ahead));
        } catch (JedisException e) {
            LOG.warn("Slack: Redis failed while handling a {}; it stays in the inbox and is tried again: {}",
                    event.event().getClass().getSimpleName(), e.toString());
            return;
        } catch (RuntimeException e) {
            LOG.error("Slack: the engine failed on a {} of {}", event.event().getClass().getSimpleName(), event.event().tenant(), e);
        }
        finished(entry.getID());
    }

    /** The place taken for an event's reply goes back when no post used it (a post gives its own back). */
    private static void release(SlackPacer.Ahead ahead) {
        if (ahead != null) {
            ahead.release();
        }
    }

    /** Acknowledges and deletes a handled entry, with those other threads finished meanwhile ({@link GroupCommit}). */
    private void finished(StreamEntryID id) {
        acks.add(id);
    }

    private void pause(RuntimeException e) {
        LOG.warn("Slack: reading the inbox failed, retrying in a second: {}", e.toString());
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
