package curio.slack;

import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * Slack's durable inbox: every event Curio acknowledges is first appended to a Redis Stream, so a
 * crash after the ack loses nothing (Slack does not resend what it saw acknowledged). A consumer
 * group ({@link SlackInboxReader}) hands the entries to the engine and acknowledges each one when
 * it is handled. The stream is bounded: when {@code capacity} entries wait, {@link #append} refuses
 * and Slack gets a 503, so it retries later instead of Curio queueing without limit.
 */
final class SlackInbox {

    static final String STREAM = "curio:slack:inbox";
    static final String GROUP = "engine";

    /** Thrown when the inbox is full: answered with 503 so that Slack retries. */
    static final class Full extends RuntimeException {
        Full(int capacity) {
            super("the Slack inbox holds " + capacity + " unhandled events");
        }
    }

    private static final String APPEND = """
            if redis.call('XLEN', KEYS[1]) >= tonumber(ARGV[1]) then return false end
            return redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))""";

    private final UnifiedJedis redis;
    private final int capacity;
    private final SlackScript append;

    SlackInbox(UnifiedJedis redis, int capacity) {
        this.redis = redis;
        this.capacity = capacity;
        this.append = new SlackScript(redis, APPEND);
    }

    /** Appends the entry in one round trip; throws {@link Full} when {@code capacity} entries wait. */
    void append(SlackInboxEntry entry) {
        List<String> args = new ArrayList<>();
        args.add(Integer.toString(capacity));
        entry.fields().forEach((name, value) -> {
            args.add(name);
            args.add(value);
        });
        if (append.run(List.of(STREAM), args) == null) {
            throw new Full(capacity);
        }
    }

    /** Creates the stream and its group unless they exist (idempotent; also after Redis lost them). */
    void createGroup() {
        try {
            redis.xgroupCreate(STREAM, GROUP, new StreamEntryID(), true);
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** The entry was handled: acknowledged and deleted, so the stream holds only what still waits. */
    void done(StreamEntryID id) {
        try (AbstractPipeline pipeline = redis.pipelined()) {
            pipeline.xack(STREAM, GROUP, id);
            pipeline.xdel(STREAM, id);
            pipeline.sync();
        }
    }
}
