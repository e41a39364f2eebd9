package curio.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import curio.chat.BotEvent;
import curio.chat.ConversationRef;
import curio.chat.Platform;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.chat.UserRef;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Translates Slack payloads into {@link BotEvent}s. Bot messages, edits and other subtypes are
 * not Curio's business and come back empty, as does anything without a user.
 */
final class SlackEvents {

    static final int MAX_ID_CHARS = 255;

    private SlackEvents() {
    }

    /** The workspace of a request: the enterprise for an org-wide install, else the team. */
    static TenantId tenant(Context ctx) {
        return SlackInstallations.tenant(ctx.isEnterpriseInstall(), ctx.getEnterpriseId(), ctx.getTeamId());
    }

    /**
     * A Bolt middleware for events that name no workspace. Once Curio is gone, Slack sends
     * {@code app_uninstalled} (and {@code tokens_revoked}) with an empty {@code authorizations} list;
     * Bolt then reads neither the list nor the top-level ids (it takes those only when the list is
     * missing), and its authorization middleware, OAuth or single-workspace, skips these events. The
     * workspace is then the one the signed body names at its top: {@code team_id}, {@code enterprise_id}.
     */
    static Response workspaceFromBody(Request<?> req, Response resp, MiddlewareChain chain) throws Exception {
        Context ctx = req.getContext();
        if (req.getRequestType() == RequestType.Event && ctx.getTeamId() == null && ctx.getEnterpriseId() == null) {
            JsonObject body = JsonParser.parseString(req.getRequestBodyAsString()).getAsJsonObject();
            ctx.setTeamId(string(body, "team_id"));
            ctx.setEnterpriseId(string(body, "enterprise_id"));
        }
        return chain.next(req);
    }

    private static String string(JsonObject body, String field) {
        JsonElement value = body.get(field);
        return value == null || !value.isJsonPrimitive() || value.getAsString().isBlank() ? null : id(field, value.getAsString());
    }

    /**
     * A message event, read from its JSON ({@code event}) with the fields Bolt's {@code MessageEvent}
     * has (see {@link SlackListeners}): bot messages, the bot's own, subtypes and thread replies outside
     * DMs come back empty. A field of the wrong shape is the sender's fault ({@link JsonParseException}: a 400).
     */
    static Optional<BotEvent> message(Context ctx, JsonObject e) {
        String user = field(e, "user");
        String threadTs = field(e, "thread_ts");
        boolean im = "im".equals(field(e, "channel_type"));
        if (field(e, "bot_id") != null || field(e, "subtype") != null || user == null || user.equals(ctx.getBotUserId())
                || threadTs != null && !threadTs.equals(field(e, "ts")) && !im) {
            return Optional.empty();
        }
        TenantId tenant = tenant(ctx);
        return Optional.of(new BotEvent.MessageReceived(user(tenant, user), inChannel(tenant, field(e, "channel")), im,
                text(field(e, "text"))));
    }

    /** A string field as Gson binds one: absent or null is null, a number or boolean its text, anything else refused. */
    static String field(JsonObject object, String name) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive()) {
            throw new JsonParseException("Slack sent a " + name + " that is not a string");
        }
        return value.getAsString();
    }

    static Optional<BotEvent> mention(Context ctx, AppMentionEvent e) {
        if (e.getBotId() != null || e.getUser() == null) {
            return Optional.empty();
        }
        TenantId tenant = tenant(ctx);
        String text = withoutBotMention(text(e.getText()), ctx.getBotUserId());
        return Optional.of(new BotEvent.MessageReceived(user(tenant, e.getUser()),
                inChannel(tenant, e.getChannel()), false, text));
    }

    /** A slash command is answered in the user's DM with Curio, wherever it was typed. */
    static BotEvent command(Context ctx, SlashCommandPayload p) {
        TenantId tenant = tenant(ctx);
        return new BotEvent.MessageReceived(user(tenant, p.getUserId()),
                inChannel(tenant, p.getUserId()), true, text(p.getText()));
    }

    static Optional<BotEvent.ActionInvoked> action(Context ctx, BlockActionPayload p) {
        if (p.getActions() == null || p.getActions().isEmpty() || p.getUser() == null) {
            return Optional.empty();
        }
        TenantId tenant = tenant(ctx);
        BlockActionPayload.Action action = p.getActions().get(0);
        String value = action.getValue() != null ? action.getValue()
                : action.getSelectedOption() != null ? action.getSelectedOption().getValue() : "";
        SentMessage source = source(tenant, p).orElse(null);
        ConversationRef conversation = source != null ? source.conversation()
                : inChannel(tenant, p.getUser().getId());
        return Optional.of(new BotEvent.ActionInvoked(user(tenant, p.getUser().getId()), conversation,
                SlackRenderer.actionId(action.getActionId()), value, source));
    }

    static BotEvent.FormSubmitted form(Context ctx, ViewSubmissionPayload p, SlackViews.Metadata metadata) {
        TenantId tenant = tenant(ctx);
        String channel = metadata.channel() != null ? SlackAddress.of(new ConversationRef(Platform.SLACK, metadata.channel())).channel()
                : p.getUser().getId();
        return new BotEvent.FormSubmitted(user(tenant, p.getUser().getId()), inChannel(tenant, channel),
                p.getView().getCallbackId(), metadata.context() == null ? "" : metadata.context(),
                SlackViews.values(p.getView().getState()));
    }

    static Optional<BotEvent> homeOpened(Context ctx, AppHomeOpenedEvent e) {
        if (e.getTab() != null && !"home".equals(e.getTab()) || e.getUser() == null) {
            return Optional.empty();
        }
        return Optional.of(new BotEvent.HomeOpened(user(tenant(ctx), e.getUser())));
    }

    static Optional<BotEvent> memberJoined(Context ctx, MemberJoinedChannelEvent e) {
        if (e.getUser() == null || e.getUser().equals(ctx.getBotUserId())) {
            return Optional.empty();
        }
        TenantId tenant = tenant(ctx);
        return Optional.of(new BotEvent.MemberJoined(user(tenant, e.getUser()),
                inChannel(tenant, e.getChannel())));
    }

    static Optional<SentMessage> source(TenantId tenant, BlockActionPayload p) {
        BlockActionPayload.Container c = p.getContainer();
        String channel = c != null && c.getChannelId() != null ? c.getChannelId() : p.getChannel() != null ? p.getChannel().getId() : null;
        String ts = c != null && c.getMessageTs() != null ? c.getMessageTs() : p.getMessage() != null ? p.getMessage().getTs() : null;
        return channel == null || ts == null ? Optional.empty()
                : Optional.of(new SentMessage(inChannel(tenant, channel), ts));
    }

    /**
     * "@Curio admin leads add @ada #team" keeps {@code <@ada>} and {@code <#team>} for the engine
     * ({@link curio.chat.Mentions}): only Curio's own mention goes, or the leading one if its id is unknown.
     */
    static String withoutBotMention(String text, String botUserId) {
        String own = botUserId == null || botUserId.isEmpty() ? "^<@[^>\\s]+>"
                : "<@" + Pattern.quote(botUserId) + "(?:\\|[^>]*)?>";
        return text.replaceAll("\\s*" + own + "\\s*", " ").trim();
    }

    /**
     * A Slack id as Slack sends them ({@code U0123ABCD}, {@code D024BE91L}, {@code Ev08MFMKH6}, a
     * {@code ts}): letters, digits, {@code . _ -}, at most {@link #MAX_ID_CHARS}. They become Redis
     * keys and members, so anything else is refused ({@link IllegalArgumentException}: a 400).
     */
    static String id(String what, String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_CHARS || !id.chars().allMatch(
                c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))) {
            throw new IllegalArgumentException("an unusable Slack " + what + " ("
                    + (id == null ? "none" : id.length() + " characters") + ")");
        }
        return id;
    }

    private static UserRef user(TenantId tenant, String id) {
        return new UserRef(tenant, id("user id", id));
    }

    private static ConversationRef inChannel(TenantId tenant, String channel) {
        return SlackAddress.conversation(tenant, id("channel id", channel));
    }

    /** Slack escapes only {@code & < >}; mentions ({@code <@U1>}, {@code <#C1|general>}) pass through untouched. */
    private static String text(String text) {
        return text == null ? "" : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").trim();
    }
}
