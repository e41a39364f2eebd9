package curio.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code POST /api/messages}: the Bot Framework endpoint. The SDK's {@code BotFrameworkHttpAdapter}
 * authenticates the activity, {@link TeamsOrigin} decides whether it is one Curio takes; the events
 * then go to the engine on this (blocking) thread.
 * Bad JSON or an activity the adapter cannot read gets 400, bodies over 1 MB 413, bad or missing
 * tokens 401, an activity from another channel or tenant (or, in development mode, naming a service
 * URL elsewhere) 403 before anything is stored; refusals say why in {@code {"error": ...}} and log
 * one line without the body. An activity without a sender or conversation is ignored (200), and a
 * failure in the engine is logged and answered 200 (Teams would only redeliver it); never a 500. An
 * activity id already processed in its tenant (a redelivery) is answered 200 and not processed again.
 * <p>
 * The engine runs inside the request, so replies are sent before the answer; acknowledging first
 * and processing on an executor (as the Slack adapter does) is not done yet.
 */
@Controller
@Requires(condition = TeamsEnabled.class)
class TeamsController {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsController.class);
    private static final int MAX_LOGGED = 200;

    private final ActivityReader reader;
    private final TeamsHttpAdapter adapter;
    private final TeamsOrigin origin;
    private final TeamsBot bot;

    TeamsController(ActivityReader reader, TeamsHttpAdapter adapter, TeamsOrigin origin, TeamsBot bot) {
        this.reader = reader;
        this.adapter = adapter;
        this.origin = origin;
        this.bot = bot;
    }

    @Post(uri = "/api/messages", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> messages(@Body byte[] body, @Nullable @Header("Authorization") String authorization) {
        if (body == null || body.length > ActivityReader.MAX_BYTES) {
            return HttpResponse.status(body == null ? HttpStatus.BAD_REQUEST : HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        }
        Activity activity;
        try {
            activity = reader.read(body);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Refused an unreadable Teams activity: {}", firstLine(e));
            return HttpResponse.badRequest();
        }
        if (activity.getType() == null) {
            return HttpResponse.badRequest();
        }
        Optional<String> elsewhere = origin.refusedServiceUrl(activity);
        if (elsewhere.isPresent()) {
            return refused(activity, elsewhere.get());
        }
        AtomicReference<Activity> authenticated = new AtomicReference<>();
        try {
            adapter.processIncomingActivity(authorization, activity, turn -> {
                authenticated.set(turn.getActivity());
                return CompletableFuture.completedFuture(null);
            }).join();
        } catch (RuntimeException e) {
            if (authenticated.get() == null) {
                return refused(e);
            }
            LOG.warn("Bot Framework turn ended with an error: {}", rootMessage(e));
        }
        if (authenticated.get() == null) {
            return HttpResponse.ok();
        }
        Optional<String> refusal = origin.refusal(authenticated.get());
        if (refusal.isPresent()) {
            return refused(authenticated.get(), refusal.get());
        }
        try {
            bot.onActivity(authenticated.get());
        } catch (IllegalArgumentException e) {
            LOG.info("Refused an activity Curio cannot read: {}", rootMessage(e));
            return HttpResponse.badRequest();
        } catch (RuntimeException e) {
            LOG.error("A Teams {} activity failed", brief(String.valueOf(authenticated.get().getType())), e);
        }
        return HttpResponse.ok();
    }

    private static HttpResponse<?> refused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException || t instanceof JWTVerificationException) {
                LOG.warn("Refused a Bot Framework request: {}", t.getClass().getSimpleName());
                return error(HttpStatus.UNAUTHORIZED, "a valid Bot Framework token is required");
            }
        }
        LOG.info("Refused a malformed Bot Framework activity: {}", rootMessage(failure));
        return HttpResponse.badRequest();
    }

    private static HttpResponse<?> refused(Activity activity, String why) {
        LOG.warn("Refused a Teams {} activity: {}", brief(String.valueOf(activity.getType())), why);
        return error(HttpStatus.FORBIDDEN, why);
    }

    private static HttpResponse<?> error(HttpStatus status, String why) {
        return HttpResponse.status(status).body(Map.of("error", why));
    }

    private static String firstLine(Exception e) {
        return brief(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return brief(root.getClass().getSimpleName() + ": " + root.getMessage());
    }

    /** One short line: parsers quote what they could not read, up to a whole body. */
    private static String brief(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > MAX_LOGGED ? line.substring(0, MAX_LOGGED) + "…" : line;
    }
}
