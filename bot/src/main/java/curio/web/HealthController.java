package curio.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.LinkedHashMap;
import java.util.Map;
import redis.clients.jedis.UnifiedJedis;

/** {@code GET /health}: UP when Redis answers, 503 otherwise (for load balancers and Docker). */
@Controller("/health")
public class HealthController {

    private final UnifiedJedis redis;

    public HealthController(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Get
    public HttpResponse<Map<String, String>> health() {
        Map<String, String> body = new LinkedHashMap<>();
        boolean up;
        try {
            up = "PONG".equals(redis.ping());
        } catch (RuntimeException e) {
            up = false;
        }
        body.put("status", up ? "UP" : "DOWN");
        body.put("redis", up ? "UP" : "DOWN");
        return up ? HttpResponse.ok(body) : HttpResponse.<Map<String, String>>status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}
