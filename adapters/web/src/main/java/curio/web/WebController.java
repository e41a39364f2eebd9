package curio.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import curio.chat.BotEvent;
import curio.chat.BotEventHandler;
import curio.chat.ChatFile;
import curio.chat.ConversationRef;
import io.micronaut.core.annotation.Nullable;
import curio.chat.SentMessage;
import curio.chat.UserRef;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WEB platform's JSON chat API: say something, click a button, submit a form, read the
 * inbox of messages Curio sent on its own. Bodies are JSON only (anything else gets 415, so that no
 * HTML form on another site can post here); bad requests get 400 naming the field. Only a caller on
 * this machine ({@link WebCaller}) may claim {@code "admin":true} or speak as a user who did.
 */
@Controller("/web/api")
@Requires(condition = WebEnabled.class)
public class WebController {

    /** Bodies are flat (strings, one object of strings): deeper nesting or long numbers are refused while parsing. */
    static final int MAX_DEPTH = 16;
    static final int MAX_NUMBER = 64;
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER).build()).build()).build();
    private static final java.util.regex.Pattern AFTER = java.util.regex.Pattern.compile("w[0-9]{1,18}");
    private static final Logger LOG = LoggerFactory.getLogger(WebController.class);

    private final WebAdapter adapter;
    private final BotEventHandler handler;
    private final WebStreams streams;

    public WebController(WebAdapter adapter, BotEventHandler handler, WebStreams streams) {
        this.adapter = adapter;
        this.handler = handler;
        this.streams = streams;
    }

    @Post("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> message(HttpRequest<?> http, @Body String body) {
        WebRequest request = parse(body);
        String user = caller(http, request.user());
        String text = WebMentions.normalize(request.required("text"));
        Optional<Boolean> admin = request.flag("admin");
        if (admin.orElse(false) && !WebCaller.onThisMachine(http)) {
            throw new WebCaller.NotAllowed("field 'admin' is honoured only for requests from this machine to "
                    + "localhost or 127.0.0.1");
        }
        request.timeZone().ifPresent(zone -> adapter.rememberZone(user, zone));
        admin.ifPresent(flag -> adapter.rememberAdmin(user, flag));
        String channel = request.channel();
        ConversationRef conversation = WebAdapter.conversation(user);
        if (!channel.isEmpty()) {
            conversation = WebAdapter.channelConversation(channel);
            if (adapter.joinChannel(user, channel)) {
                handler.handle(new BotEvent.MemberJoined(userRef(user), conversation), new WebResponder(adapter, user, null));
            }
        }
        WebResponder responder = new WebResponder(adapter, user, null);
        handler.handle(new BotEvent.MessageReceived(userRef(user), conversation, channel.isEmpty(), text), responder);
        return responder.body();
    }

    @Post("/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> action(HttpRequest<?> http, @Body String body) {
        WebRequest request = parse(body);
        String user = caller(http, request.user());
        String actionId = request.required("actionId");
        String messageId = request.optional("messageId");
        WebResponder responder = new WebResponder(adapter, user, messageId);
        SentMessage source = messageId.isEmpty() ? null : new SentMessage(WebAdapter.conversation(user), messageId);
        handler.handle(new BotEvent.ActionInvoked(userRef(user), WebAdapter.conversation(user), actionId,
                request.optional("value"), source), responder);
        return responder.body();
    }

    @Post("/forms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> form(HttpRequest<?> http, @Body String body) {
        WebRequest request = parse(body);
        String user = caller(http, request.user());
        WebResponder responder = new WebResponder(adapter, user, null);
        handler.handle(new BotEvent.FormSubmitted(userRef(user), WebAdapter.conversation(user),
                request.required("callbackId"), request.optional("context"), request.values()), responder);
        return responder.body();
    }

    /**
     * What Curio sent on its own to a user ({@code ?user=alice}) or a room ({@code ?channel=general}),
     * after the message a reader saw last ({@code &after=w12}); reading takes nothing away from other readers.
     */
    @Get("/inbox")
    public HttpResponse<Map<String, Object>> inbox(HttpRequest<?> http, @Nullable @QueryValue String user,
                                                   @Nullable @QueryValue String channel, @Nullable @QueryValue String after) {
        if ((user == null) == (channel == null)) {
            return HttpResponse.badRequest(Map.of("error", "give either 'user' or 'channel'"));
        }
        String inbox = user != null ? caller(http, WebRequest.checkName("user", user))
                : "#" + WebRequest.checkName("channel", channel);
        if (after != null && !AFTER.matcher(after).matches()) {
            return HttpResponse.badRequest(Map.of("error", "field 'after' must be a message id such as w12"));
        }
        return HttpResponse.ok(Map.of("messages", adapter.inbox(inbox, after == null ? "" : after)));
    }

    /**
     * The inbox as Server-Sent Events ({@link WebStream}), read as {@link #inbox} is: what is after the cursor,
     * then each message as Curio sends it. A browser that reconnects resumes from its {@code Last-Event-ID}.
     */
    @Get("/stream")
    @Produces(MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<Object>> stream(HttpRequest<?> http, @Nullable @QueryValue String user,
                                          @Nullable @QueryValue String channel, @Nullable @QueryValue String after,
                                          @Nullable @Header("Last-Event-ID") String lastEventId) {
        if ((user == null) == (channel == null)) {
            throw new WebRequest.BadRequest("give either 'user' or 'channel'");
        }
        String inbox = user != null ? caller(http, WebRequest.checkName("user", user))
                : "#" + WebRequest.checkName("channel", channel);
        String cursor = lastEventId != null ? lastEventId : after;
        if (cursor != null && !AFTER.matcher(cursor).matches()) {
            throw new WebRequest.BadRequest((lastEventId != null ? "header 'Last-Event-ID'" : "field 'after'")
                    + " must be a message id such as w12");
        }
        return streams.open(inbox, cursor == null ? "" : cursor);
    }

    @Get("/home")
    public HttpResponse<Map<String, Object>> home(HttpRequest<?> http, @QueryValue String user) {
        caller(http, WebRequest.checkName("user", user));
        handler.handle(new BotEvent.HomeOpened(userRef(user)), new WebResponder(adapter, user, null));
        return adapter.home(user).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    /** A file Curio sent the user (an export) in the last hour, as a download. */
    @Get("/files/{id}")
    public HttpResponse<?> file(HttpRequest<?> http, @PathVariable String id, @QueryValue String user) {
        String owner = caller(http, WebRequest.checkName("user", user));
        return adapter.download(owner, id).<HttpResponse<?>>map(WebController::attachment)
                .orElseGet(() -> HttpResponse.notFound(Map.of("error", "no such file for '" + owner
                        + "': files are kept for an hour; say `export` again")));
    }

    /**
     * The user's export in one step ({@code ?user=alice&format=md}, or {@code json}): says {@code export}
     * for them and answers the file as a download, or 404 with Curio's answer when there is none.
     */
    @Get("/export")
    public HttpResponse<?> export(HttpRequest<?> http, @QueryValue String user, @Nullable @QueryValue String format) {
        String name = caller(http, WebRequest.checkName("user", user));
        String suffix = "." + (format == null ? "md" : format);
        if (!suffix.equals(".md") && !suffix.equals(".json")) {
            return HttpResponse.badRequest(Map.of("error", "field 'format' must be md or json"));
        }
        WebResponder responder = new WebResponder(adapter, name, null);
        handler.handle(new BotEvent.MessageReceived(userRef(name), WebAdapter.conversation(name), true, "export"), responder);
        return responder.files().stream().filter(file -> file.name().endsWith(suffix)).findFirst()
                .<HttpResponse<?>>map(WebController::attachment)
                .orElseGet(() -> HttpResponse.notFound(Map.of("error", responder.texts())));
    }

    private static HttpResponse<byte[]> attachment(ChatFile file) {
        return HttpResponse.ok(file.content()).contentType(file.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
    }

    @Error(exception = WebRequest.BadRequest.class)
    public HttpResponse<Map<String, String>> badRequest(WebRequest.BadRequest e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }

    @Error(exception = WebStreams.TooMany.class)
    public HttpResponse<Map<String, String>> tooMany(WebStreams.TooMany e) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("error", e.getMessage()));
    }

    @Error(exception = WebCaller.NotAllowed.class)
    public HttpResponse<Map<String, String>> notAllowed(WebCaller.NotAllowed e) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.FORBIDDEN).body(Map.of("error", e.getMessage()));
    }

    /** The user a request speaks as; a playground admin only from this machine. */
    private String caller(HttpRequest<?> http, String user) {
        if (adapter.profile(userRef(user)).admin() && !WebCaller.onThisMachine(http)) {
            throw new WebCaller.NotAllowed("'" + user + "' is a playground admin: only this machine (localhost or "
                    + "127.0.0.1) may speak as them");
        }
        return user;
    }

    private static WebRequest parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return new WebRequest(node);
        } catch (StreamConstraintsException e) {
            LOG.warn("Web: refused a body of {} characters beyond the JSON limits: {}", body.length(), e.getOriginalMessage());
            throw new WebRequest.BadRequest("the body is nested deeper than " + MAX_DEPTH + " levels or holds a number "
                    + "longer than " + MAX_NUMBER + " characters");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new WebRequest.BadRequest("malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
    }

    private static UserRef userRef(String user) {
        return new UserRef(WebAdapter.TENANT, user);
    }
}
