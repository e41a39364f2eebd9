package curio.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.chat.Platform;
import curio.chat.TenantId;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TenantRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(0);
    private final OutboxSettings settings = new OutboxSettings(null, null, null, null, null, null, null, 2, 30, 4);
    private final TenantRateLimiter limiter = new TenantRateLimiter(settings, now::get);

    @Test
    void aWorkspaceSendsOneSecondsWorthAtOnceThenAtItsRate() {
        TenantId acme = new TenantId(Platform.WEB, "acme");

        assertEquals(0, limiter.reserve(acme));
        assertEquals(0, limiter.reserve(acme));
        assertEquals(0, limiter.reserve(acme));
        assertEquals(0, limiter.reserve(acme));
        assertEquals(SECOND / 4, limiter.reserve(acme));
        assertEquals(SECOND / 2, limiter.reserve(acme));
    }

    @Test
    void oneBusyWorkspaceDoesNotSlowDownAnother() {
        TenantId busy = new TenantId(Platform.SLACK, "busy");
        TenantId quiet = new TenantId(Platform.SLACK, "quiet");
        for (int i = 0; i < 10; i++) {
            limiter.reserve(busy);
        }

        assertEquals(0, limiter.reserve(quiet));
    }

    @Test
    void aRetryAfterHoldsTheWholeWorkspaceBack() {
        TenantId acme = new TenantId(Platform.TEAMS, "acme");
        limiter.reserve(acme);

        limiter.pause(acme, Duration.ofSeconds(2));

        assertEquals(2 * SECOND, limiter.reserve(acme));
    }

    @Test
    void anIdleWorkspaceGetsItsBurstBack() {
        TenantId acme = new TenantId(Platform.SLACK, "idle");
        limiter.reserve(acme);
        limiter.reserve(acme);
        assertEquals(SECOND / 2, limiter.reserve(acme));

        now.set(10 * SECOND);

        assertEquals(10 * SECOND, limiter.reserve(acme));
        assertEquals(10 * SECOND, limiter.reserve(acme));
    }
}
