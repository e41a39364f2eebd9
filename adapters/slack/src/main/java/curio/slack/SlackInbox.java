package curio.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

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
    /** Takes an event's dedupe key for one entry; true for that entry (again, after a restart), false for any other. */
    private static final String FIRST = """
            local held = redis.call('GET', KEYS[1])
            if held == false then
              redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
              return 1
            end
            if held == ARGV[1] then return 1 end
            return 0""";

    private final UnifiedJedis redis;
    private final int capacity;
    private final SlackScript append;
    private final SlackScript first;

    SlackInbox(UnifiedJedis redis, int capacity) {
        this.redis = redis;
        this.capacity = capacity;
        this.append = new SlackScript(redis, APPEND);
        this.first = new SlackScript(redis, FIRST);
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

    /**
     * Queues on {@code pipeline} whether each entry is the one that handles its event, by entry id ({@code once}
     * maps the entries to their events' dedupe keys): the first of an event's entries to get here takes the key
     * for {@value SlackListeners#DEDUPE_SECONDS} seconds. An event is appended once more for each retry Slack sent
     * before it was handled (a 503 whose append Redis carried out after all, two replicas); only one entry is
     * handled, and the same entry passes again after a restart. Read the answers with {@link #firsts} after the sync.
     */
    Map<StreamEntryID, Response<Object>> queueFirst(AbstractPipeline pipeline, Map<StreamEntryID, String> once) {
        Map<StreamEntryID, Response<Object>> queued = new LinkedHashMap<>();
        once.forEach((id, key) -> queued.put(id, first.queue(pipeline, List.of(key), args(id))));
        return queued;
    }

    /** The answers of {@link #queueFirst}, by entry id; an entry whose script Redis had lost is asked again, alone. */
    Map<StreamEntryID, Boolean> firsts(Map<StreamEntryID, String> once, Map<StreamEntryID, Response<Object>> queued) {
        Map<StreamEntryID, Boolean> firsts = new LinkedHashMap<>();
        queued.forEach((id, response) -> {
            Object result;
            try {
                result = response.get();
            } catch (JedisNoScriptException e) { // Redis lost the script (a restart, a fail-over): loaded again
                result = first.run(List.of(once.get(id)), args(id));
            }
            firsts.put(id, Long.valueOf(1).equals(result));
        });
        return firsts;
    }

    private static List<String> args(StreamEntryID id) {
        return List.of(id.toString(), Long.toString(SlackListeners.DEDUPE_SECONDS));
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

    /** The entries were handled: acknowledged and deleted in one round trip, so the stream holds only what still waits. */
    void done(StreamEntryID... ids) {
        try (AbstractPipeline pipeline = redis.pipelined()) {
            pipeline.xack(STREAM, GROUP, ids);
            pipeline.xdel(STREAM, ids);
            pipeline.sync();
        }
    }
}
