package curio.slack;

import curio.chat.DeliveryException;
import curio.chat.Platform;
import curio.chat.TenantId;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * Keeps sends within Slack's limits, for every replica at once (the state is in Redis, timed by
 * Redis' {@code TIME}): about one message a second per channel; at most {@code inFlight} posts (or
 * delivery lookups) in flight per workspace (answers to people who just wrote are not capped, see
 * {@link #answering}); and after a 429 nothing to that workspace until its
 * {@code Retry-After} has passed. With one in flight (the default, {@code curio.slack.calls-in-flight})
 * the next call starts only once the last one's answer, a 429 included, is known, so no call reaches
 * Slack inside a Retry-After; with more, a call already under way when a 429 comes back may.
 *
 * <p>A caller waits up to {@code maxWait}; a longer wait for the workspace is handed back as
 * {@link DeliveryException#rateLimited}, for a busy channel as a retry after that wait (the
 * workspace itself is not held back). Without Redis nothing is sent: the pace is unknown.
 */
final class SlackPacer {

    /** One call to Slack, run by {@link #paced}. */
    interface Call<T> {
        T run() throws DeliveryException;
    }

    /**
     * KEYS[1]: the channel's next slot, KEYS[2]: the end of the workspace's Retry-After (both in
     * microseconds of Redis' clock, expiring when past), KEYS[3]: the calls in flight there (token
     * by lease end). 'take' (ARGV[2] the channel's interval or 0, ARGV[3] a token, ARGV[4] the lease
     * in ms, ARGV[5] how many may be in flight, or 'answer' for no cap): returns {0, 0} having taken the
     * channel's slot and a place in flight; {-1, 0} when the workspace has no place free; else {wait, of which the
     * workspace's}, taking nothing. 'done' (ARGV[3] the token) gives the place back; 'block'
     * (ARGV[2] the Retry-After).
     */
    private static final String PACE = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            if ARGV[1] == 'done' then
              redis.call('ZREM', KEYS[3], ARGV[3])
              return {0, 0}
            end
            local blocked = tonumber(redis.call('GET', KEYS[2]) or 0)
            if ARGV[1] == 'block' then
              local untl = math.max(blocked, now + tonumber(ARGV[2]))
              redis.call('SET', KEYS[2], string.format('%.0f', untl), 'PX', math.ceil((untl - now) / 1000))
              return {0, 0}
            end
            local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or 0), blocked)
            if slot > now then return {slot - now, math.max(0, blocked - now)} end
            if ARGV[5] ~= 'answer' then
              redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
              if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[5]) then return {-1, 0} end
            end
            redis.call('ZADD', KEYS[3], string.format('%.0f', now + tonumber(ARGV[4]) * 1000), ARGV[3])
            redis.call('PEXPIRE', KEYS[3], ARGV[4])
            local interval = tonumber(ARGV[2])
            if interval > 0 then
              redis.call('SET', KEYS[1], string.format('%.0f', now + interval), 'PX', math.ceil(interval / 1000))
            end
            return {0, 0}""";

    private static final Logger LOG = LoggerFactory.getLogger(SlackPacer.class);

    /** An answer's place among the calls in flight of a workspace, to give back. */
    private record Release(List<String> keys, String token, int limit) {
    }

    /** Longer than a Web API call may take; a replica that died mid-call holds its workspace this long. */
    private static final Duration LEASE = Duration.ofSeconds(15);
    /** How often a replica asks whether another replica's call to the workspace has come back. */
    private static final long BUSY_POLL_MICROS = 2_000;
    /** Names this replica's calls in flight (a random UUID per call drew on SecureRandom, once per message). */
    private static final String REPLICA = UUID.randomUUID() + ":";
    private static final AtomicLong CALLS = new AtomicLong();
    /** The most answers' places given back in one round trip. */
    private static final int RELEASES = 64;
    /** Answers do not wait behind the capped calls of this replica. */
    private static final Semaphore UNQUEUED = new Semaphore(Integer.MAX_VALUE);
    /** The cap on calls in flight of an answer: none (the script then does not count them). */
    private static final int UNCAPPED = Integer.MAX_VALUE;

    private final UnifiedJedis redis;
    private final SlackScript pace;
    private final GroupCommit<Release> releases;
    private final long intervalMicros;
    private final long maxWaitMicros;
    private final int inFlight;
    /** The round trips callers waited for (takes, capped calls' returns, Retry-Afters); not the batched returns. */
    private final LongAdder roundTrips = new LongAdder();
    /** This replica's callers queue here, so only as many as may be in flight ask Redis for the workspace. */
    private final Map<String, Semaphore> queues = new ConcurrentHashMap<>();

    SlackPacer(UnifiedJedis redis, Duration interval, Duration maxWait, int inFlight) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("curio.slack.calls-in-flight (CURIO_SLACK_CALLS_IN_FLIGHT) must be at least 1, was "
                    + inFlight);
        }
        this.redis = redis;
        this.pace = new SlackScript(redis, PACE);
        this.releases = new GroupCommit<>(RELEASES, this::release, (batch, e) -> LOG.warn(
                "Slack: could not give {} answers' places back (they free themselves in {}): {}", batch.size(), LEASE, e.toString()));
        this.intervalMicros = TimeUnit.NANOSECONDS.toMicros(interval.toNanos());
        this.maxWaitMicros = TimeUnit.NANOSECONDS.toMicros(maxWait.toNanos());
        this.inFlight = inFlight;
    }

    /**
     * Runs {@code call} as the workspace's one call in flight, after the channel's slot (none when
     * {@code channel} is null) and the workspace's Retry-After. A 429 must be {@link #rateLimited
     * recorded} inside {@code call}, before the next caller may start.
     */
    <T> T paced(String team, String channel, Call<T> call) throws DeliveryException {
        return paced(team, channel, queues.computeIfAbsent(team, t -> new Semaphore(inFlight, true)), inFlight, call);
    }

    /**
     * As {@link #paced}, for an answer to someone who just wrote: the channel's slot and the
     * workspace's Retry-After hold it back, but not the cap on calls in flight, so a burst of people
     * writing at once is answered at the channel's pace instead of waiting behind each other (and
     * being refused after {@code maxWait}).
     */
    <T> T answering(String team, String channel, Call<T> call) throws DeliveryException {
        return paced(team, channel, UNQUEUED, UNCAPPED, call);
    }

    /**
     * As {@link #answering}, on the place {@code ahead} took for this channel when it was not used yet: no
     * round trip before the call; the place goes back right after it ({@link Ahead#release}), so that it holds
     * capped calls back no longer than a place taken here would.
     */
    <T> T answering(String team, String channel, Ahead ahead, Call<T> call) throws DeliveryException {
        if (ahead == null || !ahead.claim(team, channel)) {
            return answering(team, channel, call);
        }
        try {
            return call.run();
        } finally {
            ahead.release();
        }
    }

    /**
     * Queues on {@code pipeline} the take of an answer's place in {@code channel} ({@link #answering}), for the
     * reply to an event read from the inbox: taken with that read's other work, so the reply's post needs no
     * round trip of its own before it goes. {@link Ahead#read} it after the pipeline's sync; {@link Ahead#release} it once the event is handled.
     */
    Ahead takeAhead(AbstractPipeline pipeline, String team, String channel) {
        String token = REPLICA + CALLS.incrementAndGet();
        List<String> keys = keys(team, channel);
        return new Ahead(team, channel, keys, token, pace.queue(pipeline, keys, args("take", intervalMicros, token, UNCAPPED)));
    }

    /**
     * An answer's place in a channel taken ahead of its post ({@link #takeAhead}); the first post of an answer
     * to that channel uses it ({@link #answering(String, String, Ahead, Call)}), any other takes its own.
     */
    final class Ahead {
        private final String team;
        private final String channel;
        private final List<String> keys;
        private final String token;
        private final Response<Object> take;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final AtomicBoolean released = new AtomicBoolean();
        private volatile boolean taken;

        private Ahead(String team, String channel, List<String> keys, String token, Response<Object> take) {
            this.team = team;
            this.channel = channel;
            this.keys = keys;
            this.token = token;
            this.take = take;
        }

        /**
         * Reads the take's answer, once its pipeline was synced; false when Redis gave no place (the channel
         * or the workspace must wait, the script was lost): the post then takes its own.
         */
        boolean read() {
            try {
                taken = ((List<?>) take.get()).get(0).equals(0L);
            } catch (JedisException e) {
                taken = false;
            }
            return taken;
        }

        private boolean claim(String team, String channel) {
            return this.team.equals(team) && this.channel.equals(channel) && taken && claimed.compareAndSet(false, true);
        }

        /**
         * Gives the place back, once, with the other answers' places finished meanwhile ({@link #release(List)}):
         * right after the post that used it, or once its event was handled when no post did.
         */
        void release() {
            if (taken && released.compareAndSet(false, true)) {
                releases.add(new Release(keys, token, UNCAPPED));
            }
        }
    }

    /** Waits in {@code queue} (this replica's callers) and for a place among {@code limit} calls in flight. */
    private <T> T paced(String team, String channel, Semaphore queue, int limit, Call<T> call) throws DeliveryException {
        String token = REPLICA + CALLS.incrementAndGet();
        long deadline = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(maxWaitMicros);
        while (true) {
            acquire(queue, deadline);
            List<?> reply;
            try {
                reply = run(keys(team, channel), "take", channel == null ? 0 : intervalMicros, token, limit);
            } catch (DeliveryException | RuntimeException e) {
                queue.release();
                throw e;
            }
            long wait = (Long) reply.get(0);
            if (wait == 0) {
                break;
            }
            queue.release();
            long left = TimeUnit.NANOSECONDS.toMicros(deadline - System.nanoTime());
            if (wait > left) {
                Duration after = Duration.of(wait, ChronoUnit.MICROS);
                throw (Long) reply.get(1) >= wait ? DeliveryException.rateLimited(after)
                        : DeliveryException.heldBack("the channel is paced", after);
            }
            sleep(wait < 0 ? BUSY_POLL_MICROS : wait);
        }
        try {
            return call.run();
        } finally {
            try {
                if (queue == UNQUEUED) {
                    releases.add(new Release(keys(team, channel), token, limit));
                } else {
                    run(keys(team, channel), "done", 0, token, limit);
                }
            } catch (DeliveryException e) {
                LOG.warn("Slack: could not give workspace {} back (it frees itself in {}): {}", team, LEASE, e.getMessage());
            } finally {
                queue.release();
            }
        }
    }

    /**
     * Gives answers' places back, those of other threads' answers finished meanwhile in the same round trip
     * ({@link GroupCommit}): an answer's thread goes on with its next event instead of waiting for Redis once more.
     * A place is given back a little later, never sooner; this replica's queued callers (capped calls) give theirs
     * back themselves, before the next of them asks.
     */
    private void release(List<Release> batch) {
        List<Response<Object>> sent = new ArrayList<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            batch.forEach(r -> sent.add(pace.queue(pipeline, r.keys(), args("done", 0, r.token(), r.limit()))));
            pipeline.sync();
        }
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get();
            } catch (JedisNoScriptException e) { // Redis lost the script (a restart, a fail-over): loaded again
                pace.run(batch.get(i).keys(), args("done", 0, batch.get(i).token(), batch.get(i).limit()));
            }
        }
    }

    /** How many round trips to Redis callers of this pacer waited for, shared returns of answers' places aside. */
    long roundTrips() {
        return roundTrips.sum();
    }

    /** Slack answered 429: hold every call to this workspace, from every replica, for {@code retryAfter}. */
    void rateLimited(String team, Duration retryAfter) {
        try {
            run(keys(team, null), "block", TimeUnit.NANOSECONDS.toMicros(retryAfter.toNanos()), "", inFlight);
        } catch (DeliveryException e) {
            LOG.warn("Slack: could not record workspace {}'s Retry-After of {} in Redis: {}", team, retryAfter, e.getMessage());
        }
    }

    private List<?> run(List<String> keys, String mode, long micros, String token, int limit) throws DeliveryException {
        roundTrips.increment();
        try {
            return (List<?>) pace.run(keys, args(mode, micros, token, limit));
        } catch (JedisException e) {
            throw DeliveryException.retry("Slack pacing needs Redis: " + e.getMessage());
        }
    }

    private static List<String> args(String mode, long micros, String token, int limit) {
        return List.of(mode, Long.toString(micros), token, Long.toString(LEASE.toMillis()),
                limit == UNCAPPED ? "answer" : Integer.toString(limit));
    }

    private static List<String> keys(String team, String channel) {
        TenantId tenant = new TenantId(Platform.SLACK, team);
        return List.of(SlackKeys.pace(tenant, channel == null ? "" : channel), SlackKeys.retryAfter(tenant),
                SlackKeys.inFlight(tenant));
    }

    private static void acquire(Semaphore queue, long deadline) throws DeliveryException {
        try {
            if (!queue.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw DeliveryException.heldBack("the workspace is busy", Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.heldBack("interrupted while pacing", Duration.ZERO);
        }
    }

    private static void sleep(long micros) throws DeliveryException {
        try {
            TimeUnit.MICROSECONDS.sleep(micros);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.heldBack("interrupted while pacing", Duration.ZERO);
        }
    }
}
