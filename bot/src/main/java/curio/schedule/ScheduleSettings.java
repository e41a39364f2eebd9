package curio.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * The schedule's settings ({@code curio.schedule.*}): {@code catch-up} is how late a missed
 * cohort fire may still be sent (default 2h; later ones are skipped, not sent at night),
 * {@code threads} the size of Quartz's own thread pool (default 2), {@code fan-out-batch} the
 * SSCAN/XADD batch size when a cohort fires (default 1000).
 */
@ConfigurationProperties("curio.schedule")
public record ScheduleSettings(@Nullable Duration catchUp, @Nullable Integer threads, @Nullable Integer fanOutBatch) {

    public ScheduleSettings {
        catchUp = catchUp == null ? Duration.ofHours(2) : catchUp;
        threads = threads == null ? 2 : threads;
        fanOutBatch = fanOutBatch == null ? 1000 : fanOutBatch;
        if (threads < 1) {
            throw new IllegalArgumentException("curio.schedule.threads must be at least 1, was " + threads);
        }
        if (fanOutBatch < 1) {
            throw new IllegalArgumentException("curio.schedule.fan-out-batch must be at least 1, was " + fanOutBatch);
        }
    }
}
