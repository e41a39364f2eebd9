package curio.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import curio.chat.BotEvent;
import curio.chat.BotEventHandler;
import curio.chat.ConversationRef;
import curio.chat.Responder;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Bolt listeners: each writes the translated event to the durable {@link SlackInbox} and then
 * acknowledges, so slow work never delays the ack and a crash after the ack loses nothing. Events
 * seen before (Slack retries) are skipped. A modal submission is the exception: its ack waits up to
 * {@link #FORM_ACK_WAIT} for the engine on {@code workers}, so a form it refuses stays open with the
 * error under the field ({@link SlackFormResponder}); a submission is never acknowledged unhandled.
 */
final class SlackListeners {

    static final long DEDUPE_SECONDS = 3600;
    /** Slack drops an interaction not acknowledged within 3 s; this leaves room for the network. */
    static final Duration FORM_ACK_WAIT = Duration.ofMillis(2500);
    private static final Logger LOG = LoggerFactory.getLogger(SlackListeners.class);

    private final BotEventHandler handler;
    private final SlackAdapter adapter;
    private final UnifiedJedis redis;
    private final SlackInbox inbox;
    private final ExecutorService workers;

    SlackListeners(BotEventHandler handler, SlackAdapter adapter, UnifiedJedis redis, SlackInbox inbox,
                   ExecutorService workers) {
        this.handler = handler;
        this.adapter = adapter;
        this.redis = redis;
        this.inbox = inbox;
        this.workers = workers;
    }

    void register(App app, String command) {
        app.use(this::messages);
        app.event(AppMentionEvent.class, (req, ctx) -> once(ctx, req.getEventId(), () -> SlackEvents.mention(ctx, req.getEvent())));
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> once(ctx, req.getEventId(),
                () -> SlackEvents.homeOpened(ctx, req.getEvent())));
        app.event(MemberJoinedChannelEvent.class, (req, ctx) -> {
            if (req.getEvent().getChannel() != null) {
                adapter.membersChanged(SlackAddress.conversation(SlackEvents.tenant(ctx), req.getEvent().getChannel()));
            }
            return once(ctx, req.getEventId(), () -> SlackEvents.memberJoined(ctx, req.getEvent()));
        });
        app.event(AppUninstalledEvent.class, (req, ctx) -> uninstalled(ctx));
        app.event(TokensRevokedEvent.class, (req, ctx) -> {
            var tokens = req.getEvent().getTokens();
            return tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty() ? uninstalled(ctx) : ctx.ack();
        });
        app.command(command, (req, ctx) -> {
            if (req.getPayload() == null || blank(req.getPayload().getUserId())) {
                return malformed("a slash command without a user");
            }
            dispatch(ctx, SlackEvents.command(ctx, req.getPayload()), null, req.getPayload().getTriggerId());
            return ctx.ack();
        });
        app.blockAction(Pattern.compile(".*"), (req, ctx) -> {
            SlackEvents.action(ctx, req.getPayload())
                    .ifPresent(e -> dispatch(ctx, e, e.source(), req.getPayload().getTriggerId()));
            return ctx.ack();
        });
        app.viewSubmission(Pattern.compile(".*"), (req, ctx) -> {
            var payload = req.getPayload();
            if (payload == null || payload.getView() == null || payload.getUser() == null || blank(payload.getUser().getId())) {
                return malformed("a view_submission without a view or a user");
            }
            SlackViews.Metadata metadata = SlackViews.metadata(payload.getView().getPrivateMetadata());
            BotEvent.FormSubmitted event = SlackEvents.form(ctx, payload, metadata);
            SentMessage source = metadata.ts() == null ? null : new SentMessage(event.conversation(), metadata.ts());
            SlackFormResponder responder = new SlackFormResponder(responder(adapter, event, source, null),
                    SlackViews.inputBlockIds(payload.getView()));
            execute(event, responder, responder::handled);
            return responder.await(FORM_ACK_WAIT).map(r -> ctx.ackWithErrors(Map.of(r.blockId(), r.message())))
                    .orElseGet(ctx::ack);
        });
    }

    /**
     * Message events, the bulk of what Slack sends, are taken here as the last middleware (after Bolt's
     * own: authorization, the bot's own events dropped) instead of by an {@code app.event} listener: for
     * a listener Bolt reads the whole body twice more, the second time into its {@code MessageEvent}
     * model, blocks and all, which was the largest single cost of an ack. One JSON tree is read instead.
     * Any other request, and a message with a subtype (left to Bolt, which acknowledges it), goes on.
     */
    private Response messages(Request<?> req, Response resp, MiddlewareChain chain) throws Exception {
        if (!(req instanceof EventRequest event) || !"message".equals(event.getEventTypeAndSubtype())) {
            return chain.next(req);
        }
        JsonObject body = JsonParser.parseString(event.getRequestBodyAsString()).getAsJsonObject();
        JsonObject message = body.getAsJsonObject("event");
        return once(event.getContext(), SlackEvents.field(body, "event_id"), () -> SlackEvents.message(event.getContext(), message));
    }

    /** The bot lost its workspace: delete this adapter's keys now, tell the engine after the ack. */
    private Response uninstalled(Context ctx) {
        TenantId tenant = SlackEvents.tenant(ctx);
        SlackInstallations.purge(redis, tenant);
        dispatch(ctx, new BotEvent.AppUninstalled(tenant, null), null, null);
        return ctx.ack();
    }

    /**
     * Hands an event to the engine unless it was handled before. The dedupe key is taken by the
     * {@link SlackInboxReader} when it handles the event, not here: a key set here for a request
     * answered 503 could not be taken back reliably (Redis frozen, the SET carried out after the
     * timeout), and Slack's retry would then be dropped as a duplicate of an event never handled.
     * Only a retry ({@code X-Slack-Retry-Num}) is looked up here, to be acknowledged without entering
     * the inbox: a first delivery cannot have been handled, and the reader's check catches any copy
     * anyway, so the ack of every other event costs one Redis round trip, the append.
     */
    private Response once(EventContext ctx, String eventId, Supplier<Optional<BotEvent>> translate) {
        String key = eventId == null ? null : SlackKeys.event(SlackEvents.tenant(ctx), SlackEvents.id("event id", eventId));
        if (key != null && ctx.getRetryNum() != null && redis.exists(key)) {
            return ctx.ack();
        }
        translate.get().ifPresent(event -> inbox.append(new SlackInboxEntry(event, null, null, key)));
        return ctx.ack();
    }

    /**
     * Writes the event to the inbox ({@link SlackInboxReader} hands it to the engine). Throws when it
     * cannot ({@link SlackInbox.Full}, Redis away): {@link SlackController} answers 503 and Slack retries.
     */
    private void dispatch(Context ctx, BotEvent event, SentMessage source, String triggerId) {
        inbox.append(new SlackInboxEntry(event, source, triggerId, null));
    }

    static SlackResponder responder(SlackAdapter adapter, BotEvent event, SentMessage source, String triggerId) {
        return responder(adapter, event, source, triggerId, null);
    }

    /** As above, the first reply on the place {@code ahead} took with the event's read from the inbox (may be null). */
    static SlackResponder responder(SlackAdapter adapter, BotEvent event, SentMessage source, String triggerId,
                                    SlackPacer.Ahead ahead) {
        return new SlackResponder(adapter, event.tenant(), conversation(event).orElse(null), source, triggerId, ahead);
    }

    /**
     * Runs the engine on {@code workers}, then {@code done} whatever happened. Throws {@link RejectedExecutionException}
     * when they refuse (busy or shutting down): {@link SlackController} answers 503, so Slack tries again.
     */
    private void execute(BotEvent event, Responder responder, Runnable done) {
        try {
            workers.execute(() -> {
                try {
                    handler.handle(event, responder);
                } catch (RuntimeException e) {
                    LOG.error("Slack: the engine failed on a {} of {}", event.getClass().getSimpleName(), event.tenant(), e);
                } finally {
                    done.run();
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack: refused a {} of {}: shutting down; Slack will retry", event.getClass().getSimpleName(), event.tenant());
            throw e;
        }
    }

    private static Response malformed(String what) {
        LOG.warn("Slack: ignored {}", what);
        return json(400, what);
    }

    private static Response json(int status, String error) {
        return Response.builder().statusCode(status).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body("{\"ok\":false,\"error\":\"" + error + "\"}").build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Where the engine's replies go. A click on a channel message (a challenge board's Join) is
     * answered in the clicker's DM: the engine's answers are personal, not for the whole channel.
     */
    private static Optional<ConversationRef> conversation(BotEvent event) {
        if (event instanceof BotEvent.MessageReceived m) {
            return Optional.of(m.conversation());
        } else if (event instanceof BotEvent.ActionInvoked a) {
            return Optional.of(SlackAddress.of(a.conversation()).channel().startsWith("D") ? a.conversation()
                    : SlackAddress.conversation(a.tenant(), a.user().userId()));
        } else if (event instanceof BotEvent.FormSubmitted f) {
            return Optional.of(f.conversation());
        } else if (event instanceof BotEvent.MemberJoined j) {
            return Optional.of(j.conversation());
        } else if (event instanceof BotEvent.HomeOpened h) {
            return Optional.of(SlackAddress.conversation(h.tenant(), h.user().userId()));
        }
        return Optional.empty();
    }
}
