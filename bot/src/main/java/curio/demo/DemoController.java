package curio.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.UserRef;
import curio.schedule.CohortScheduler;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.delivery.ChatAdapters;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /web/api/demo/next-day {"user":"alice"}}: moves the demo clock to the web user's next
 * prompt time and runs their prompt now, so the next learning day begins at once. Only with
 * {@code CURIO_DEMO=true} and the playground alone (Curio will not start with it beside Slack or Teams);
 * the prompt lands in the user's inbox.
 */
@Context
@Controller("/web/api/demo")
@Requires(property = "curio.demo", value = "true")
public class DemoController {

    /** The web playground's one workspace (the web adapter's {@code WebAdapter.TENANT}). */
    static final TenantId PLAYGROUND = new TenantId(Platform.WEB, "local");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoClock clock;
    private final CohortScheduler scheduler;

    public DemoController(DemoClock clock, CohortScheduler scheduler, ChatAdapters adapters) {
        if (!adapters.platforms().equals(java.util.Set.of(Platform.WEB))) {
            throw new IllegalStateException("CURIO_DEMO=true moves Curio's clock, so it runs only with the web playground "
                    + "alone, never beside Slack or Teams (" + adapters.platforms() + "): unset CURIO_DEMO");
        }
        this.clock = clock;
        this.scheduler = scheduler;
    }

    @Post("/next-day")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> nextDay(@Body String body) throws IOException {
        JsonNode user = JSON.readTree(body).path("user");
        if (!user.isTextual() || user.asText().isBlank()) {
            return HttpResponse.badRequest(Map.of("error", "field 'user' is required"));
        }
        Optional<String> cohort = scheduler.cohortsOf(new UserRef(PLAYGROUND, user.asText())).stream()
                .filter(id -> id.endsWith("|PROMPT")).findFirst();
        if (cohort.isEmpty()) {
            return HttpResponse.badRequest(Map.of("error", "'" + user.asText() + "' has no learning days yet: say start"));
        }
        clock.advanceTo(nextDaysPrompt(cohort.get()));
        scheduler.fireNow(cohort.get());
        return HttpResponse.ok(Map.of("now", clock.instant().toString()));
    }

    /** The cohort's first prompt time on a learning day after today's (days roll over at 03:00). */
    private Instant nextDaysPrompt(String cohort) {
        ZoneId zone = ZoneId.of(cohort.split("\\|")[0]);
        LocalDate today = learningDay(clock.instant(), zone);
        return scheduler.nextFireTimes(cohort, clock.instant(), 3).stream()
                .filter(at -> learningDay(at, zone).isAfter(today)).findFirst().orElseThrow();
    }

    private static LocalDate learningDay(Instant at, ZoneId zone) {
        return at.atZone(zone).minusHours(3).toLocalDate();
    }
}
