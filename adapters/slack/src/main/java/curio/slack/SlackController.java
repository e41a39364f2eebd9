package curio.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Slack's HTTP entry points, fed to Bolt's {@link SlackRequestParser} and {@link App#run}:
 * events, commands and interactivity at {@code /slack/events}, the OAuth install flow at
 * {@code /slack/install} and {@code /slack/oauth_redirect}. Signatures are checked here first, and a
 * signed command, click or submission is handled once ({@link SlackReplays}).
 */
@Controller
@Requires(condition = SlackConfigured.class)
@ExecuteOn(SlackController.EXECUTOR)
public class SlackController {

    /** The name of the pool running these requests ({@link SlackFactory#requests}). */
    static final String EXECUTOR = "slack-requests";

    static final String EVENTS = "/slack/events";
    static final String INSTALL = "/slack/install";
    static final String REDIRECT = "/slack/oauth_redirect";
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final int MAX_LOGGED = 200;
    private static final Logger LOG = LoggerFactory.getLogger(SlackController.class);

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSettings settings;
    private final SlackSignature signature;
    private final SlackReplays replays;
    private final SlackInstallRate installRate;

    SlackController(App app, SlackRequestParser parser, SlackSettings settings, BeanProvider<Clock> clocks,
                    UnifiedJedis redis) {
        this.app = app;
        this.parser = parser;
        this.settings = settings;
        this.replays = new SlackReplays(redis);
        this.installRate = new SlackInstallRate(redis, SlackFactory.clock(clocks));
        this.signature = settings.signingSecret().isEmpty() ? null : new SlackSignature(settings.signingSecret(), SlackFactory.clock(clocks));
    }

    @Post(value = EVENTS, consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN},
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> events(HttpRequest<?> request, @Nullable @Body String body) {
        String raw = body == null ? "" : body;
        if (signature == null) {
            return error(HttpStatus.NOT_FOUND, "this Curio receives Slack events over Socket Mode");
        }
        if (raw.length() > MAX_BODY_BYTES / 3 && raw.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            return error(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "body over 1 MB");
        }
        if (!signature.verify(request.getHeaders().get("X-Slack-Request-Timestamp"),
                request.getHeaders().get("X-Slack-Signature"), raw)) {
            return error(HttpStatus.UNAUTHORIZED, "invalid signature");
        }
        Request<?> slackRequest;
        try {
            slackRequest = parse(request, raw);
        } catch (RuntimeException e) {
            slackRequest = null;
        }
        if (slackRequest == null) {
            LOG.warn("Slack: refused a signed request that is not one Curio can read: {} bytes of {}",
                    raw.getBytes(StandardCharsets.UTF_8).length, request.getContentType().map(MediaType::getName).orElse("no type"));
            return error(HttpStatus.BAD_REQUEST, "not a Slack request");
        }
        return SlackReplays.remembered(slackRequest.getRequestType())
                ? runOnce(request.getHeaders().get("X-Slack-Signature"), slackRequest) : run(slackRequest);
    }

    /** Runs a signed command, click or submission unless its signature was seen: a replay is acknowledged, nothing else. */
    private HttpResponse<String> runOnce(String signed, Request<?> slackRequest) {
        try {
            if (!replays.first(signed)) {
                LOG.warn("Slack: ignored a replayed {} request (its signature was seen in the last {} seconds)",
                        slackRequest.getRequestType(), SlackReplays.SECONDS);
                return HttpResponse.ok();
            }
        } catch (JedisException e) {
            return failed(slackRequest, e);
        }
        HttpResponse<String> response = run(slackRequest);
        if (response.code() >= 400) {
            replays.forget(signed);
        }
        return response;
    }

    @Get(INSTALL)
    public HttpResponse<String> install(HttpRequest<?> request) {
        if (settings.oauth()) {
            OptionalLong wait;
            try {
                wait = installRate.over(request.getRemoteAddress().getAddress());
            } catch (JedisException e) {
                LOG.warn("Slack: Redis is away; an install is refused: {}", e.toString());
                return error(HttpStatus.SERVICE_UNAVAILABLE, "storage unavailable, retry later");
            }
            if (wait.isPresent()) {
                return error(HttpStatus.TOO_MANY_REQUESTS, "too many installs from this address, retry in a minute")
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            }
        }
        return oauth(request);
    }

    @Get(REDIRECT)
    public HttpResponse<String> oauthRedirect(HttpRequest<?> request) {
        return oauth(request);
    }

    private HttpResponse<String> oauth(HttpRequest<?> request) {
        if (!settings.oauth()) {
            return error(HttpStatus.NOT_FOUND, "OAuth install is off: set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET");
        }
        Request<?> slackRequest;
        try {
            slackRequest = parse(request, "");
        } catch (RuntimeException e) {
            slackRequest = null;
        }
        return slackRequest == null ? error(HttpStatus.BAD_REQUEST, "missing code or state") : run(slackRequest);
    }

    private Request<?> parse(HttpRequest<?> request, String body) {
        Map<String, List<String>> query = request.getParameters().asMap();
        return parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(request.getPath())
                .queryString(query).headers(new RequestHeaders(request.getHeaders().asMap())).requestBody(body)
                .remoteAddress(request.getRemoteAddress().getAddress().getHostAddress()).build());
    }

    private HttpResponse<String> run(Request<?> slackRequest) {
        Response response;
        try {
            response = app.run(slackRequest);
        } catch (Exception e) {
            return failed(slackRequest, e);
        }
        int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
        if (status == 404) {
            status = 200; // nothing listens for this type: acknowledged and ignored
        }
        MutableHttpResponse<String> out = HttpResponse.status(HttpStatus.valueOf(status));
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> out.getHeaders().add(name, v)));
        }
        if (response.getBody() != null && !response.getBody().isEmpty()) {
            out.body(response.getBody());
            if (response.getContentType() != null) {
                out.contentType(response.getContentType());
            }
        }
        return out;
    }

    /**
     * Never a 500: a signed request Curio cannot handle gets 400 (Slack may still retry an event:
     * its dedupe key is taken only when it is handled), or 503 when it could not be kept (shutting down,
     * the inbox full, Redis away), so Slack retries. Missing fields are the sender's fault (warn);
     * anything else is logged as an error.
     */
    private static HttpResponse<String> failed(Request<?> slackRequest, Exception e) {
        if (e instanceof RejectedExecutionException || e instanceof SlackInbox.Full) {
            LOG.warn("Slack: refused a {} request, Slack will retry: {}", slackRequest.getRequestType(), e.getMessage());
            return error(HttpStatus.SERVICE_UNAVAILABLE, "busy, retry later");
        }
        if (e instanceof SlackInstallations.Unreadable) {
            LOG.error("Slack: a {} request of a workspace whose installation does not open: {}",
                    slackRequest.getRequestType(), e.getMessage());
            return error(HttpStatus.BAD_REQUEST, "could not handle this request");
        }
        if (e instanceof JedisException) {
            LOG.warn("Slack: Redis is away; a {} request is refused so that Slack retries: {}",
                    slackRequest.getRequestType(), e.toString());
            return error(HttpStatus.SERVICE_UNAVAILABLE, "storage unavailable, retry later");
        }
        if (malformed(e)) {
            LOG.warn("Slack: a malformed {} request: {}", slackRequest.getRequestType(), firstLine(e));
        } else {
            LOG.error("Slack: failed on a {} request", slackRequest.getRequestType(), e);
        }
        return error(HttpStatus.BAD_REQUEST, "could not handle this request");
    }

    /**
     * A payload that is not what Slack documents: a field missing or of another type. Gson's tree
     * throws {@link UnsupportedOperationException} or {@link IllegalStateException} for a {@code null}
     * or an object where Bolt reads a string (in its middleware, before any listener of Curio's).
     */
    private static boolean malformed(Exception e) {
        StackTraceElement[] at = e.getStackTrace();
        return e instanceof NullPointerException || e instanceof IllegalArgumentException || e instanceof ClassCastException
                || e instanceof com.google.gson.JsonParseException
                || (e instanceof UnsupportedOperationException || e instanceof IllegalStateException)
                && at.length > 0 && at[0].getClassName().startsWith("com.google.gson.");
    }

    /** One short line: Gson quotes what it could not read, up to a whole body. */
    private static String firstLine(Exception e) {
        String text = e.toString();
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > MAX_LOGGED ? line.substring(0, MAX_LOGGED) + "…" : line;
    }

    private static MutableHttpResponse<String> error(HttpStatus status, String message) {
        return HttpResponse.<String>status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body("{\"ok\":false,\"error\":\"" + message + "\"}");
    }
}
