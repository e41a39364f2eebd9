package curio.slack;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import redis.clients.jedis.UnifiedJedis;

/**
 * Anyone may open {@code /slack/install}, and each visit stores an OAuth state in Redis, so visits are
 * counted per client and minute ({@code INCR}, expiring after two minutes): beyond {@link #PER_MINUTE}
 * a client waits for the next minute. The client is the connection's address, never a forwarding
 * header anyone can write; an IPv6 client is its /64, which one machine usually holds whole.
 */
final class SlackInstallRate {

    static final int PER_MINUTE = 10;
    private static final String COUNT = "local n = redis.call('INCR', KEYS[1]) "
            + "if n == 1 then redis.call('EXPIRE', KEYS[1], 120) end return n";

    private final UnifiedJedis redis;
    private final Clock clock;

    SlackInstallRate(UnifiedJedis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** Counts a visit; the seconds to wait when {@code client} is over the limit, else empty. */
    OptionalLong over(InetAddress client) {
        long second = clock.instant().getEpochSecond();
        String key = SlackKeys.INSTALL_RATE + client(client) + ":" + second / 60;
        long visits = (Long) redis.eval(COUNT, List.of(key), List.of());
        return visits > PER_MINUTE ? OptionalLong.of(60 - second % 60) : OptionalLong.empty();
    }

    private static String client(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] prefix = java.util.Arrays.copyOf(address.getAddress(), 16);
            java.util.Arrays.fill(prefix, 8, 16, (byte) 0);
            return java.util.HexFormat.of().formatHex(prefix, 0, 8) + "/64";
        }
        return address.getHostAddress();
    }
}
