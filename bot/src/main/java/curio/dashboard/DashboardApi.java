package curio.dashboard;

import curio.learners.LearnerData;
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
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API the dashboard page reads, and its downloads. Every endpoint needs a live session
 * ({@link DashboardGate}); {@code ?team=ID} narrows the figures to one team of the workspace, which a lead
 * may ask for their own teams only. Admins alone change the workspace's settings and erase its data. Refusals are
 * the plain 403 page.
 */
@Controller("/admin/api")
public class DashboardApi {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardApi.class);
    private static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");

    private final DashboardGate gate;
    private final WorkspaceFigures figures;
    private final CheckInsCsv checkIns;
    private final WorkspaceSettings settings;
    private final LearnerData data;
    private final DashboardSessions sessions;
    private final Clock clock;

    public DashboardApi(DashboardGate gate, WorkspaceFigures figures, CheckInsCsv checkIns, WorkspaceSettings settings,
                        LearnerData data, DashboardSessions sessions, Clock clock) {
        this.gate = gate;
        this.figures = figures;
        this.checkIns = checkIns;
        this.settings = settings;
        this.data = data;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Who is signed in, as what, and the workspace settings the page shows. */
    @Get("/session")
    public HttpResponse<?> session(HttpRequest<?> request) {
        return gate.access(request).<HttpResponse<?>>map(access -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("workspace", access.tenant().key());
            body.put("user", access.userId());
            body.put("role", access.role().name().toLowerCase());
            body.put("exportAllCheckIns", settings.adminsExportAllCheckIns(access.tenant()));
            return DashboardController.secured(HttpResponse.ok(body));
        }).orElseGet(DashboardGate::forbidden);
    }

    @Get("/figures")
    public HttpResponse<?> figures(HttpRequest<?> request, @Nullable @QueryValue String team) {
        return scoped(request, team, (access, scope) -> DashboardController.secured(
                HttpResponse.ok(figures.figures(access, scope))));
    }

    @Get("/figures.csv")
    public HttpResponse<?> figuresCsv(HttpRequest<?> request, @Nullable @QueryValue String team) {
        return scoped(request, team, (access, scope) -> csv("figures", access,
                FiguresCsv.of(figures.figures(access, scope))));
    }

    @Get("/checkins.csv")
    public HttpResponse<?> checkInsCsv(HttpRequest<?> request, @Nullable @QueryValue String team) {
        return scoped(request, team, (access, scope) -> csv("check-ins", access, checkIns.of(access, scope)));
    }

    @Post("/settings")
    public HttpResponse<?> changeSettings(HttpRequest<?> request, @Body Map<String, Object> body) {
        Optional<Access> admin = admin(request);
        if (admin.isEmpty() || !(body.get("exportAllCheckIns") instanceof Boolean all)) {
            return admin.isEmpty() ? DashboardGate.forbidden() : HttpResponse.badRequest(Map.of("error",
                    "send {\"exportAllCheckIns\": true|false}"));
        }
        settings.setAdminsExportAllCheckIns(admin.get().tenant(), all);
        LOG.info("Dashboard: {} set check-in export of {} to {}", admin.get().userId(), admin.get().tenant(),
                all ? "every learner" : "sharers only");
        return DashboardController.secured(HttpResponse.ok(Map.of("exportAllCheckIns", all)));
    }

    /** Deletes all the workspace's data once the admin typed its name ({@code {"confirm": "slack:T123"}}). */
    @Post("/erase")
    public HttpResponse<?> erase(HttpRequest<?> request, @Body Map<String, Object> body) {
        Optional<Access> admin = admin(request);
        if (admin.isEmpty()) {
            return DashboardGate.forbidden();
        }
        String workspace = admin.get().tenant().key();
        if (!workspace.equals(body.get("confirm"))) {
            return HttpResponse.badRequest(Map.of("error", "type " + workspace + " to confirm"));
        }
        data.eraseWorkspace(admin.get().tenant());
        LOG.info("Dashboard: {} deleted all data of {}", admin.get().userId(), workspace);
        return DashboardController.secured(HttpResponse.ok(Map.of("erased", workspace)).cookie(sessions.close(request)));
    }

    private Optional<Access> admin(HttpRequest<?> request) {
        return DashboardGate.sameOrigin(request) ? gate.access(request).filter(Access::admin) : Optional.empty();
    }

    private HttpResponse<?> scoped(HttpRequest<?> request, String team,
                                   BiFunction<Access, Access.Scope, HttpResponse<?>> answer) {
        Optional<Access> access = gate.access(request);
        Optional<Access.Scope> scope = access.flatMap(a -> gate.scope(a, Optional.ofNullable(team).filter(t -> !t.isBlank())));
        return scope.isEmpty() ? DashboardGate.forbidden() : answer.apply(access.get(), scope.get());
    }

    private MutableHttpResponse<String> csv(String what, Access access, String body) {
        String name = "curio-" + what + "-" + access.tenant().key().replaceAll("[^A-Za-z0-9-]", "-") + "-"
                + clock.instant().toString().substring(0, 10) + ".csv";
        return DashboardController.secured(HttpResponse.ok(body).contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\""));
    }
}
