package curio.leads;

import curio.chat.BotEvent.MessageReceived;
import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.Mentions;
import curio.chat.TenantId;
import curio.delivery.ChatAdapters;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/** Finds the channel a lead's command is about, and who is in it, with messages for what is wrong. */
@Singleton
public class TeamChannels {

    private final ChatAdapters adapters;

    public TeamChannels(ChatAdapters adapters) {
        this.adapters = adapters;
    }

    /** A channel and its id, or the reason it cannot be used. */
    public record Found(String id, ConversationRef channel, Set<String> members) {
    }

    /**
     * The channel named in the command, else the channel the command was sent in. Left: a message
     * for the person (no channel named, an unknown channel, a channel Curio is not in).
     */
    public Either resolve(TenantId tenant, Optional<String> named, MessageReceived message, String usage, Texts texts) {
        Optional<ChatAdapter> adapter = adapters.forPlatform(tenant.platform());
        if (adapter.isEmpty()) {
            return Either.problem(texts.get("teamChannel.noPlatform"));
        }
        Optional<ConversationRef> channel;
        String id;
        if (named.isPresent()) {
            id = named.get();
            channel = adapter.get().channel(tenant, id);
        } else if (message != null && !message.personal()) {
            channel = Optional.of(message.conversation());
            id = adapter.get().channelId(message.conversation());
        } else {
            return Either.problem(texts.get("teamChannel.which", usage));
        }
        Optional<Set<String>> members;
        try {
            members = channel.flatMap(c -> adapter.get().members(c));
        } catch (RuntimeException e) {
            return Either.problem(texts.get("teamChannel.unreadable", Mentions.channel(id)));
        }
        if (channel.isEmpty() || members.isEmpty()) {
            return Either.problem(texts.get("teamChannel.notIn", Mentions.channel(id)));
        }
        return Either.found(new Found(id, channel.get(), members.get()));
    }

    /** A found channel, or what to tell the person instead. */
    public record Either(Found found, String problem) {
        static Either found(Found found) {
            return new Either(found, null);
        }

        static Either problem(String problem) {
            return new Either(null, problem);
        }

        public boolean ok() {
            return found != null;
        }
    }
}
