package curio.chat;

import java.util.Map;

/** Everything an adapter can tell the engine. Adapters translate platform payloads into these. */
public sealed interface BotEvent {

    TenantId tenant();

    /**
     * Someone wrote to Curio: a direct message, a slash command, a mention.
     * {@code personal} is true when {@code conversation} is a one-to-one chat with the bot, so it
     * is where proactive prompts for this user can go.
     */
    record MessageReceived(UserRef user, ConversationRef conversation, boolean personal, String text)
            implements BotEvent {
        public TenantId tenant() {
            return user.tenant();
        }
    }

    /** A button or choice was clicked, or a card submitted; {@code source} is the message clicked. */
    record ActionInvoked(UserRef user, ConversationRef conversation, String actionId, String value,
                         SentMessage source) implements BotEvent {
        public TenantId tenant() {
            return user.tenant();
        }
    }

    /** A {@link Form} was submitted; values are keyed by field id. */
    record FormSubmitted(UserRef user, ConversationRef conversation, String callbackId, String context,
                         Map<String, String> values) implements BotEvent {
        public FormSubmitted {
            values = Map.copyOf(values);
        }

        public TenantId tenant() {
            return user.tenant();
        }
    }

    /** The learner opened their home (Slack App Home, Teams personal tab). */
    record HomeOpened(UserRef user) implements BotEvent {
        public TenantId tenant() {
            return user.tenant();
        }
    }

    /** Curio was installed in a workspace, or added to a conversation (Teams installationUpdate). */
    record AppInstalled(TenantId tenant, UserRef installer, ConversationRef conversation, boolean personal)
            implements BotEvent {
    }

    /**
     * Curio was removed. WORKSPACE: the app is gone from the workspace and its data is purged.
     * PERSONAL: one person removed it ({@code user}); Curio can no longer message them.
     * CHANNEL: it was removed from a channel or team ({@code conversation}); that team ends.
     */
    record AppUninstalled(TenantId tenant, UserRef user, ConversationRef conversation, Scope scope)
            implements BotEvent {

        public enum Scope { WORKSPACE, PERSONAL, CHANNEL }

        /** The whole workspace when {@code user} is null, else that person's personal install. */
        public AppUninstalled(TenantId tenant, UserRef user) {
            this(tenant, user, null, user == null ? Scope.WORKSPACE : Scope.PERSONAL);
        }
    }

    /** Someone joined a conversation Curio is in (a team channel). */
    record MemberJoined(UserRef user, ConversationRef conversation) implements BotEvent {
        public TenantId tenant() {
            return user.tenant();
        }
    }
}
