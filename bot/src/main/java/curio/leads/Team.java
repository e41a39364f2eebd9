package curio.leads;

import curio.chat.ConversationRef;
import curio.chat.TenantId;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * A team is a chat channel: its members are the channel's members who opted in, its feed is the
 * channel. {@code id} is the platform's channel id. {@code language} is what its channel posts are
 * written in (the team hash's {@code lang}; English for teams stored before it existed).
 */
public record Team(TenantId tenant, String id, String name, ConversationRef channel, ZoneId zone, Set<String> leads,
                   Locale language) {

    public Team {
        leads = Set.copyOf(leads);
    }

    /** How people know the channel: "#learning", or its id when the platform gave no name. */
    public String label() {
        return "#" + name;
    }

    public String mention() {
        return curio.chat.Mentions.channel(id);
    }
}
