package curio.delivery;

import curio.chat.Platform;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * The outbox senders' settings ({@code curio.outbox.*}): {@code senders} threads (default 16)
 * reading {@code batch-size} entries at a time (100), whose entries are composed and sent by at most
 * {@code in-flight} threads at once (512: about 5,000 messages a second at 100 ms a platform call).
 * A batch is settled when its last send ended, so senders × batch-size is kept well above
 * {@code in-flight}: the send threads then always have the next batch's entries to take up;
 * a failed send is retried after {@code retry-base} doubling up to {@code retry-max} (2s, 5m) with
 * jitter, at most {@code max-attempts} sends (6); entries of a crashed sender are claimed after
 * {@code claim-idle} (60s); shutdown waits {@code drain-timeout} (10s) for in-flight sends. Each
 * workspace may send {@code slack-per-second}, {@code teams-per-second}, {@code web-per-second}
 * messages (30 each).
 */
@ConfigurationProperties("curio.outbox")
public record OutboxSettings(@Nullable Integer senders, @Nullable Integer batchSize, @Nullable Integer maxAttempts,
                             @Nullable Duration retryBase, @Nullable Duration retryMax, @Nullable Duration claimIdle,
                             @Nullable Duration drainTimeout, @Nullable Integer slackPerSecond,
                             @Nullable Integer teamsPerSecond, @Nullable Integer webPerSecond,
                             @Nullable Integer inFlight) {

    @Creator
    public OutboxSettings {
        senders = atLeastOne("senders", senders, 16);
        batchSize = atLeastOne("batch-size", batchSize, 100);
        maxAttempts = atLeastOne("max-attempts", maxAttempts, 6);
        retryBase = retryBase == null ? Duration.ofSeconds(2) : retryBase;
        retryMax = retryMax == null ? Duration.ofMinutes(5) : retryMax;
        claimIdle = claimIdle == null ? Duration.ofSeconds(60) : claimIdle;
        drainTimeout = drainTimeout == null ? Duration.ofSeconds(10) : drainTimeout;
        slackPerSecond = atLeastOne("slack-per-second", slackPerSecond, 30);
        teamsPerSecond = atLeastOne("teams-per-second", teamsPerSecond, 30);
        webPerSecond = atLeastOne("web-per-second", webPerSecond, 30);
        inFlight = atLeastOne("in-flight", inFlight, 512);
    }

    /** The settings before {@code in-flight} existed, which takes its default. */
    public OutboxSettings(Integer senders, Integer batchSize, Integer maxAttempts, Duration retryBase, Duration retryMax,
                          Duration claimIdle, Duration drainTimeout, Integer slackPerSecond, Integer teamsPerSecond,
                          Integer webPerSecond) {
        this(senders, batchSize, maxAttempts, retryBase, retryMax, claimIdle, drainTimeout, slackPerSecond,
                teamsPerSecond, webPerSecond, null);
    }

    public static OutboxSettings defaults() {
        return new OutboxSettings(null, null, null, null, null, null, null, null, null, null, null);
    }

    public int perSecond(Platform platform) {
        return switch (platform) {
            case SLACK -> slackPerSecond;
            case TEAMS -> teamsPerSecond;
            case WEB -> webPerSecond;
        };
    }

    private static int atLeastOne(String name, Integer value, int fallback) {
        int result = value == null ? fallback : value;
        if (result < 1) {
            throw new IllegalArgumentException("curio.outbox." + name + " must be at least 1, was " + result);
        }
        return result;
    }
}
