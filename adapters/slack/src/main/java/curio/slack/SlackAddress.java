package curio.slack;

import curio.chat.ConversationRef;
import curio.chat.Platform;
import curio.chat.TenantId;

/**
 * What a Slack {@link ConversationRef} holds: {@code TEAM/CHANNEL}, e.g. {@code T1/D123}, so a
 * proactive send knows which workspace's token to use. A bare channel id is read as the single
 * workspace's. The channel may also be a user id: chat.postMessage then opens the bot's DM.
 */
record SlackAddress(String team, String channel) {

    static ConversationRef conversation(TenantId tenant, String channel) {
        return new ConversationRef(Platform.SLACK, tenant.id() + "/" + channel);
    }

    static SlackAddress of(ConversationRef ref) {
        if (ref.platform() != Platform.SLACK) {
            throw new IllegalArgumentException("not a Slack conversation: " + ref.platform());
        }
        int slash = ref.value().indexOf('/');
        return slash < 0 ? new SlackAddress(null, ref.value())
                : new SlackAddress(ref.value().substring(0, slash), ref.value().substring(slash + 1));
    }

    TenantId tenant(TenantId fallback) {
        return team == null ? fallback : new TenantId(Platform.SLACK, team);
    }
}
