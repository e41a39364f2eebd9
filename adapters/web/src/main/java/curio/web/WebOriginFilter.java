package curio.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps other web pages out of the JSON API, whatever host name Curio is reached by. A request
 * with an {@code Origin} must come from the page's own origin (scheme aside, the Origin's host and
 * port equal the {@code Host} header). A request a browser sends (it carries an Origin, a Referer,
 * a cookie or Fetch metadata) must also carry the playground token. curl and scripts send none of
 * these and need no token; the JSON-only API makes every cross-site POST preflighted, and Curio
 * allows no preflight. It runs before Micronaut's own CORS filter (which refuses foreign pages only
 * for a loopback Host, with an empty body) so that a refusal names its reason.
 */
@ServerFilter("/web/api/**")
@Requires(condition = WebEnabled.class)
public class WebOriginFilter implements Ordered {

    private static final List<String> BROWSER_HEADERS = List.of(HttpHeaders.ORIGIN, HttpHeaders.REFERER,
            HttpHeaders.COOKIE, "Sec-Fetch-Site", "Sec-Fetch-Mode");

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<Map<String, String>> refuseOtherPages(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin != null && !sameHost(origin, request.getHeaders().get(HttpHeaders.HOST))) {
            return forbidden("requests from other web pages are refused: the Origin is not this host");
        }
        if (BROWSER_HEADERS.stream().anyMatch(request.getHeaders()::contains) && !WebToken.sentBy(request)) {
            return forbidden("a browser must send the playground's " + WebToken.HEADER + " header with the "
                    + WebToken.COOKIE + " cookie it set: open or reload the playground page");
        }
        return null;
    }

    /** Whether {@code http://localhost:3000} names the host of {@code Host: localhost:3000}. */
    static boolean sameHost(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            String defaultPort = uri.getScheme().equalsIgnoreCase("https") ? ":443" : ":80";
            String originHost = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return withoutPort(originHost, defaultPort).equals(withoutPort(host.trim(), defaultPort));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withoutPort(String host, String defaultPort) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(defaultPort) ? lower.substring(0, lower.length() - defaultPort.length()) : lower;
    }

    private static HttpResponse<Map<String, String>> forbidden(String message) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.FORBIDDEN).body(Map.of("error", message));
    }
}
