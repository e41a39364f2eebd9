package curio.slack;

import curio.chat.DeliveryException;
import curio.chat.Platform;
import curio.chat.TenantId;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.UnifiedJedis;

/**
 * Keeps sends within Slack's limits, for every replica at once (the state is in Redis, timed by
 * Redis' {@code TIME}): about one message a second per channel, and after a 429 nothing to that
 * workspace until its {@code Retry-After} has passed. A caller waits up to {@code maxWait}; a
 * longer wait for the workspace is handed back as {@link DeliveryException#rateLimited}, for a
 * busy channel as a retry after that wait (the workspace itself is not held back). Without Redis
 * nothing is sent: the pace is unknown.
 */
final class SlackPacer {

    /**
     * KEYS[1]: the channel's next slot, KEYS[2]: the end of the workspace's Retry-After, both in
     * microseconds of Redis' clock and expiring when they are past. ARGV[1] 'await' (ARGV[2] the
     * channel's interval, ARGV[3] the longest wait): takes the channel's slot unless it is further
     * than that; returns {wait, of which the workspace's}. 'block' (ARGV[2] the Retry-After).
     */
    private static final String PACE = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local blocked = tonumber(redis.call('GET', KEYS[2]) or 0)
            if ARGV[1] == 'block' then
              local untl = math.max(blocked, now + tonumber(ARGV[2]))
              redis.call('SET', KEYS[2], string.format('%.0f', untl), 'PX', math.ceil((untl - now) / 1000))
              return {0, 0}
            end
            local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or 0), blocked)
            local held = math.max(0, blocked - now)
            if slot - now > tonumber(ARGV[3]) then return {slot - now, held} end
            local following = slot + tonumber(ARGV[2])
            redis.call('SET', KEYS[1], string.format('%.0f', following), 'PX', math.ceil((following - now) / 1000))
            return {slot - now, held}""";

    private static final Logger LOG = LoggerFactory.getLogger(SlackPacer.class);

    private final SlackScript pace;
    private final long intervalMicros;
    private final long maxWaitMicros;

    SlackPacer(UnifiedJedis redis, Duration interval, Duration maxWait) {
        this.pace = new SlackScript(redis, PACE);
        this.intervalMicros = TimeUnit.NANOSECONDS.toMicros(interval.toNanos());
        this.maxWaitMicros = TimeUnit.NANOSECONDS.toMicros(maxWait.toNanos());
    }

    /** Waits for this channel's next slot, and for the end of the workspace's Retry-After. */
    void await(String team, String channel) throws DeliveryException {
        List<?> reply;
        try {
            reply = (List<?>) pace.run(keys(team, channel), List.of("await", Long.toString(intervalMicros),
                    Long.toString(maxWaitMicros)));
        } catch (JedisException e) {
            throw DeliveryException.retry("Slack pacing needs Redis: " + e.getMessage());
        }
        long wait = (Long) reply.get(0);
        long held = (Long) reply.get(1);
        if (wait > maxWaitMicros) {
            Duration after = Duration.of(wait, ChronoUnit.MICROS);
            throw held >= wait ? DeliveryException.rateLimited(after)
                    : new DeliveryException(DeliveryException.Kind.RETRY, "the channel is paced", after);
        }
        if (wait > 0) {
            try {
                TimeUnit.MICROSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DeliveryException.retry("interrupted while pacing");
            }
        }
    }

    /** Slack answered 429: hold every send to this workspace, from every replica, for {@code retryAfter}. */
    void rateLimited(String team, Duration retryAfter) {
        try {
            pace.run(keys(team, ""), List.of("block", Long.toString(TimeUnit.NANOSECONDS.toMicros(retryAfter.toNanos()))));
        } catch (JedisException e) {
            LOG.warn("Slack: could not record workspace {}'s Retry-After of {} in Redis: {}", team, retryAfter, e.toString());
        }
    }

    private static List<String> keys(String team, String channel) {
        TenantId tenant = new TenantId(Platform.SLACK, team);
        return List.of(SlackKeys.pace(tenant, channel), SlackKeys.retryAfter(tenant));
    }
}
