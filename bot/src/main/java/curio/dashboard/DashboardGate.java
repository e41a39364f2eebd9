package curio.dashboard;

import curio.leads.Team;
import curio.leads.TeamStore;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Who may see what on the dashboard. A request's access is its session's, a lead's teams narrowed to
 * those they still lead (roles change while a session lasts); anything else is {@link #forbidden()}:
 * one plain page whatever the reason, with no data and nothing about why.
 */
@Singleton
public class DashboardGate {

    private static final String FORBIDDEN = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>403 Forbidden</title></head>
            <body><h1>403 Forbidden</h1>
            <p>This dashboard link is not valid: it expired, was used already, or your session ended.
            Ask Curio for a new one by saying <code>admin dashboard</code> in a direct message.</p></body></html>
            """;

    private final DashboardSessions sessions;
    private final TeamStore teams;

    public DashboardGate(DashboardSessions sessions, TeamStore teams) {
        this.sessions = sessions;
        this.teams = teams;
    }

    /** The request's access as of now; empty without a live session, or for a lead who leads no team any more. */
    public Optional<Access> access(HttpRequest<?> request) {
        return sessions.find(request).flatMap(this::current);
    }

    /** A lead's access to the teams they still lead; an admin's as it is. */
    Optional<Access> current(Access access) {
        if (access.admin()) {
            return Optional.of(access);
        }
        List<String> led = teams.all(access.tenant()).stream()
                .filter(team -> team.leads().contains(access.userId()))
                .map(Team::id)
                .filter(access.teams()::contains)
                .toList();
        return led.isEmpty() ? Optional.empty() : Optional.of(new Access(access.tenant(), access.userId(), access.role(), led));
    }

    /**
     * The figures {@code access} may see for a request naming {@code team} (or none): {@link Access#scope},
     * and a named team must be one of the workspace's own, for an admin too (another workspace's is refused).
     */
    Optional<Access.Scope> scope(Access access, Optional<String> team) {
        return access.scope(team).filter(scope -> team.isEmpty() || teams.find(access.tenant(), team.get()).isPresent());
    }

    /**
     * Whether a POST may change anything: sent by the dashboard page itself (no {@code Origin}, or the
     * Origin of the host it was sent to). The session cookie is {@code SameSite=Lax}, which already keeps
     * it off other sites' POSTs; this also refuses a sibling site's.
     */
    static boolean sameOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        String host = request.getHeaders().get(HttpHeaders.HOST);
        return origin == null || host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    /** The plain 403 page. */
    public static <T> HttpResponse<T> forbidden() {
        @SuppressWarnings("unchecked")
        HttpResponse<T> page = (HttpResponse<T>) HttpResponse.status(HttpStatus.FORBIDDEN).body(FORBIDDEN)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "same-origin");
        return page;
    }
}
