package curio.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;

/**
 * {@code GET /metrics}: every meter in Prometheus's text format (Curio's counters and outbox gauges,
 * the HTTP server's request timers, the JVM's). Aggregate numbers only; with
 * {@code CURIO_METRICS_TOKEN} set, only for {@code Authorization: Bearer <token>} (401 otherwise).
 * Built at start, so a bad token stops the start.
 */
@Context
@Controller("/metrics")
class MetricsController {

    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final MetricsToken token;

    MetricsController(PrometheusMeterRegistry registry, MetricsToken token) {
        this.registry = registry;
        this.token = token;
    }

    @Get(produces = TEXT_FORMAT)
    HttpResponse<String> scrape(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!token.admits(authorization)) {
            return HttpResponse.<String>status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"curio-metrics\"")
                    .contentType(TEXT_FORMAT).body("CURIO_METRICS_TOKEN is set: send Authorization: Bearer <token>\n");
        }
        return HttpResponse.ok(registry.scrape());
    }
}
