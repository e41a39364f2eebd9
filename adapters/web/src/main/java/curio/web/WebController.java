package curio.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.BotEvent;
import curio.chat.BotEventHandler;
import curio.chat.ConversationRef;
import io.micronaut.core.annotation.Nullable;
import curio.chat.SentMessage;
import curio.chat.UserRef;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.util.Map;

/**
 * The WEB platform's JSON chat API: say something, click a button, submit a form, read the
 * inbox of messages Curio sent on its own. Bad requests get 400 naming the field.
 */
@Controller("/web/api")
@Requires(condition = WebEnabled.class)
public class WebController {

    private final WebAdapter adapter;
    private final BotEventHandler handler;
    private final ObjectMapper json;

    public WebController(WebAdapter adapter, BotEventHandler handler, ObjectMapper json) {
        this.adapter = adapter;
        this.handler = handler;
        this.json = json;
    }

    @Post("/messages")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Map<String, Object> message(@Body String body) {
        WebRequest request = parse(body);
        String user = request.user();
        String text = WebMentions.normalize(request.required("text"));
        request.timeZone().ifPresent(zone -> adapter.rememberZone(user, zone));
        request.flag("admin").ifPresent(admin -> adapter.rememberAdmin(user, admin));
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
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Map<String, Object> action(@Body String body) {
        WebRequest request = parse(body);
        String user = request.user();
        String actionId = request.required("actionId");
        String messageId = request.optional("messageId");
        WebResponder responder = new WebResponder(adapter, user, messageId);
        SentMessage source = messageId.isEmpty() ? null : new SentMessage(WebAdapter.conversation(user), messageId);
        handler.handle(new BotEvent.ActionInvoked(userRef(user), WebAdapter.conversation(user), actionId,
                request.optional("value"), source), responder);
        return responder.body();
    }

    @Post("/forms")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Map<String, Object> form(@Body String body) {
        WebRequest request = parse(body);
        String user = request.user();
        WebResponder responder = new WebResponder(adapter, user, null);
        handler.handle(new BotEvent.FormSubmitted(userRef(user), WebAdapter.conversation(user),
                request.required("callbackId"), request.optional("context"), request.values()), responder);
        return responder.body();
    }

    /** What Curio sent on its own to a user ({@code ?user=alice}) or a room ({@code ?channel=general}). */
    @Get("/inbox")
    public HttpResponse<Map<String, Object>> inbox(@Nullable @QueryValue String user, @Nullable @QueryValue String channel) {
        if ((user == null) == (channel == null)) {
            return HttpResponse.badRequest(Map.of("error", "give either 'user' or 'channel'"));
        }
        String inbox = user != null ? WebRequest.checkName("user", user) : "#" + WebRequest.checkName("channel", channel);
        return HttpResponse.ok(Map.of("messages", adapter.drainInbox(inbox)));
    }

    @Get("/home")
    public HttpResponse<Map<String, Object>> home(@QueryValue String user) {
        WebRequest.checkName("user", user);
        handler.handle(new BotEvent.HomeOpened(userRef(user)), new WebResponder(adapter, user, null));
        return adapter.home(user).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Error(exception = WebRequest.BadRequest.class)
    public HttpResponse<Map<String, String>> badRequest(WebRequest.BadRequest e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }

    private WebRequest parse(String body) {
        try {
            JsonNode node = json.readTree(body);
            return new WebRequest(node);
        } catch (JsonProcessingException e) {
            throw new WebRequest.BadRequest("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private static UserRef userRef(String user) {
        return new UserRef(WebAdapter.TENANT, user);
    }
}
