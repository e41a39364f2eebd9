package curio.slack;

import curio.chat.BotEvent;
import curio.chat.ConversationRef;
import curio.chat.Platform;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.chat.UserRef;
import java.util.HashMap;
import java.util.Map;

/**
 * One acknowledged Slack event as it waits in the {@link SlackInbox}: the translated event, the
 * message it was clicked on, the {@code trigger_id} that may open a form and the key that makes
 * the event handled once ({@code once}, for an Events API callback: its {@code event_id}'s key), as
 * flat stream fields.
 */
record SlackInboxEntry(BotEvent event, SentMessage source, String triggerId, String once) {

    private static final String KIND = "kind";
    private static final String TENANT = "tenant";
    private static final String USER = "user";
    private static final String CONVERSATION = "conversation";
    private static final String ONCE = "once";

    Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        fields.put(TENANT, event.tenant().key());
        if (event instanceof BotEvent.MessageReceived m) {
            put(fields, "message", m.user(), m.conversation());
            fields.put("personal", Boolean.toString(m.personal()));
            fields.put("text", m.text());
        } else if (event instanceof BotEvent.ActionInvoked a) {
            put(fields, "action", a.user(), a.conversation());
            fields.put("action", a.actionId());
            fields.put("value", a.value());
        } else if (event instanceof BotEvent.HomeOpened h) {
            put(fields, "home", h.user(), null);
        } else if (event instanceof BotEvent.MemberJoined j) {
            put(fields, "joined", j.user(), j.conversation());
        } else if (event instanceof BotEvent.AppUninstalled u && u.scope() == BotEvent.AppUninstalled.Scope.WORKSPACE) {
            fields.put(KIND, "uninstalled");
        } else {
            throw new IllegalArgumentException("the Slack inbox does not carry " + event);
        }
        if (source != null) {
            fields.put("source.channel", source.conversation().value());
            fields.put("source.ts", source.id());
        }
        if (triggerId != null) {
            fields.put("trigger", triggerId);
        }
        if (once != null) {
            fields.put(ONCE, once);
        }
        return fields;
    }

    static SlackInboxEntry of(Map<String, String> fields) {
        TenantId tenant = TenantId.parse(fields.get(TENANT));
        UserRef user = fields.containsKey(USER) ? new UserRef(tenant, fields.get(USER)) : null;
        ConversationRef conversation = fields.containsKey(CONVERSATION)
                ? new ConversationRef(Platform.SLACK, fields.get(CONVERSATION)) : null;
        SentMessage source = fields.containsKey("source.ts")
                ? new SentMessage(new ConversationRef(Platform.SLACK, fields.get("source.channel")), fields.get("source.ts")) : null;
        BotEvent event = switch (fields.getOrDefault(KIND, "")) {
            case "message" -> new BotEvent.MessageReceived(user, conversation, Boolean.parseBoolean(fields.get("personal")),
                    fields.getOrDefault("text", ""));
            case "action" -> new BotEvent.ActionInvoked(user, conversation, fields.get("action"),
                    fields.getOrDefault("value", ""), source);
            case "home" -> new BotEvent.HomeOpened(user);
            case "joined" -> new BotEvent.MemberJoined(user, conversation);
            case "uninstalled" -> new BotEvent.AppUninstalled(tenant, null);
            default -> throw new IllegalArgumentException("not a Slack inbox entry: " + fields.keySet());
        };
        return new SlackInboxEntry(event, source, fields.get("trigger"), fields.get(ONCE));
    }

    /** The dedupe key of a stored entry's event, read without the rest of the entry; null when it has none. */
    static String once(Map<String, String> fields) {
        return fields == null ? null : fields.get(ONCE);
    }

    /**
     * Where a stored entry's event is answered at once, read without the rest of the entry: a personal
     * message's conversation (a DM, a slash command's user); null for anything else.
     */
    static ConversationRef answeredIn(Map<String, String> fields) {
        return fields != null && "message".equals(fields.get(KIND)) && "true".equals(fields.get("personal"))
                && fields.get(CONVERSATION) != null ? new ConversationRef(Platform.SLACK, fields.get(CONVERSATION)) : null;
    }

    private static void put(Map<String, String> fields, String kind, UserRef user, ConversationRef conversation) {
        fields.put(KIND, kind);
        fields.put(USER, user.userId());
        if (conversation != null) {
            fields.put(CONVERSATION, conversation.value());
        }
    }
}
