package curio.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's pages: {@code GET /admin/signin?token=…} (the link) shows a page whose button posts the
 * token back; that POST turns it into a session and sends the browser on to {@code /admin}, the page for
 * a live session; {@code /admin/assets/…} are its files. Every refusal is the plain 403 page.
 */
@Controller("/admin")
public class DashboardController {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardController.class);
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** The sign-in page; the token is hex and a dot (checked by {@link SignInLinks}), safe in an attribute. */
    private static final String SIGN_IN = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Curio dashboard: sign in</title>
            <link rel="stylesheet" href="/admin/assets/dashboard.css"></head>
            <body class="signin"><main><h1>Curio dashboard</h1>
            <p>This link signs you in as {{role}} of your workspace. It works once, for 15 minutes.</p>
            <form method="post" action="/admin/signin"><input type="hidden" name="token" value="{{token}}">
            <button type="submit" id="sign-in">Open the dashboard</button></form></main></body></html>
            """;

    private final SignInLinks links;
    private final DashboardSessions sessions;
    private final DashboardGate gate;
    private final DashboardAssets assets;

    public DashboardController(SignInLinks links, DashboardSessions sessions, DashboardGate gate, DashboardAssets assets) {
        this.links = links;
        this.sessions = sessions;
        this.gate = gate;
        this.assets = assets;
    }

    /** The link itself: a page with one button that signs in (a link preview fetching it uses nothing). */
    @Get("/signin")
    public HttpResponse<?> signInPage(@Nullable @QueryValue String token) {
        return links.check(token).flatMap(gate::current).<HttpResponse<?>>map(access -> secured(HttpResponse.ok(
                        SIGN_IN.replace("{{token}}", token).replace("{{role}}", access.admin() ? "an admin" : "a team lead")))
                        .contentType(MediaType.TEXT_HTML_TYPE)
                        .header("Content-Security-Policy", PAGE_POLICY))
                .orElseGet(DashboardGate::forbidden);
    }

    @Post(value = "/signin", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Nullable @Body("token") String token) {
        if (!DashboardGate.sameOrigin(request)) {
            return DashboardGate.forbidden();
        }
        return links.redeem(token).flatMap(gate::current).<HttpResponse<?>>map(access -> {
            LOG.info("Dashboard: {} signed in to {} as {}", access.userId(), access.tenant(), access.role());
            return secured(HttpResponse.seeOther(URI.create("/admin")).cookie(sessions.open(access)));
        }).orElseGet(DashboardGate::forbidden);
    }

    @Get
    public HttpResponse<?> page(HttpRequest<?> request) {
        if (gate.access(request).isEmpty()) {
            return DashboardGate.forbidden();
        }
        return asset("dashboard.html").header("Content-Security-Policy", PAGE_POLICY);
    }

    @Post("/signout")
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        if (!DashboardGate.sameOrigin(request)) {
            return DashboardGate.forbidden();
        }
        return secured(HttpResponse.noContent().cookie(sessions.close(request)));
    }

    @Get("/assets/{name}")
    public HttpResponse<?> assets(String name) {
        if (name.equals("dashboard.html") || assets.find(name).isEmpty()) {
            return HttpResponse.notFound();
        }
        return asset(name);
    }

    private MutableHttpResponse<byte[]> asset(String name) {
        DashboardAssets.Asset asset = assets.find(name).orElseThrow();
        return secured(HttpResponse.ok(asset.bytes()).contentType(asset.contentType()));
    }

    static <T> MutableHttpResponse<T> secured(MutableHttpResponse<T> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "same-origin")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }
}
