package curio.metrics;

import curio.chat.Platform;
import curio.chat.RateLimitListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Curio's own counters, served at {@code GET /metrics} beside the JVM's and the HTTP server's.
 * Each is counted per platform and nothing else: no workspace, person or words in a label, so the
 * series stay few and say nothing about anyone. Every platform's series exists from the start (at 0),
 * so a rate over them works before the first event.
 */
@Singleton
public class CurioMetrics implements RateLimitListener {

    private final Map<Platform, Counter> promptsSent;
    private final Map<Platform, Counter> answers;
    private final Map<Platform, Counter> checkIns;
    private final Map<Platform, Counter> streakUpdates;
    private final Map<Platform, Counter> rateLimited;

    public CurioMetrics(MeterRegistry registry) {
        promptsSent = byPlatform(registry, "curio.prompts.sent", "Daily prompts the platform accepted");
        answers = byPlatform(registry, "curio.answers", "Prompts answered: a reflection, a quiz, a tip read, a try done");
        checkIns = byPlatform(registry, "curio.checkins", "Check-ins given, by command or form");
        streakUpdates = byPlatform(registry, "curio.streak.updates",
                "Learning days counted: the first answer or check-in of a learner's day moved their streak");
        rateLimited = byPlatform(registry, "curio.rate.limited", "Calls the platform refused with 429");
    }

    private static Map<Platform, Counter> byPlatform(MeterRegistry registry, String name, String description) {
        Map<Platform, Counter> counters = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            counters.put(platform, Counter.builder(name).description(description)
                    .tag("platform", platform.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        return counters;
    }

    /** A daily prompt reached a learner. */
    public void promptSent(Platform platform) {
        promptsSent.get(platform).increment();
    }

    /** A prompt answered; {@code dayCounted} when it was the learner's first learning of the day. */
    public void answered(Platform platform, boolean dayCounted) {
        answers.get(platform).increment();
        streakUpdated(platform, dayCounted);
    }

    /** A check-in given; {@code dayCounted} when it was the learner's first learning of the day. */
    public void checkedIn(Platform platform, boolean dayCounted) {
        checkIns.get(platform).increment();
        streakUpdated(platform, dayCounted);
    }

    private void streakUpdated(Platform platform, boolean dayCounted) {
        if (dayCounted) {
            streakUpdates.get(platform).increment();
        }
    }

    @Override
    public void rateLimited(Platform platform) {
        rateLimited.get(platform).increment();
    }
}
