package curio.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Entity;
import curio.chat.DeliveryException;
import curio.chat.Mentions;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The engine's mentions ({@link Mentions}: {@code <@userId>}, {@code <#channelId>}) as Teams shows
 * them. A person becomes {@code <at>Name</at>} described by a {@code mention} entity, so Teams
 * highlights and notifies them; a text message names them by their {@code 29:} account id only, a
 * card by their AAD object id too. A channel becomes its name ("Learning Guild › General"): a bot
 * cannot mention a channel. Names are what Curio saw ({@link TeamsDirectory}, {@link TeamsChannels});
 * someone never seen reads "a teammate", never a raw id.
 */
final class TeamsNames {

    static final String SOMEONE = "a teammate";
    static final String SOME_CHANNEL = "that channel";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Logger LOG = LoggerFactory.getLogger(TeamsNames.class);

    private final Function<UserRef, TeamsDirectory.Person> people;
    private final BiFunction<String, String, Optional<String>> channels;

    /** {@code channels}: the name of a channel from a tenant id and a channel id. */
    TeamsNames(Function<UserRef, TeamsDirectory.Person> people, BiFunction<String, String, Optional<String>> channels) {
        this.people = people;
        this.channels = channels;
    }

    /** Names from Redis; a channel Curio saw without its name is looked up in its team's channel list. */
    static TeamsNames of(TeamsDirectory directory, TeamsChannels channels, TeamsSender sender) {
        return new TeamsNames(directory::person, (tenantId, channelId) -> channels.name(tenantId, channelId)
                .or(() -> listed(channels, sender, tenantId, channelId)));
    }

    private static Optional<String> listed(TeamsChannels channels, TeamsSender sender, String tenantId,
                                           String channelId) {
        Optional<ConversationReference> in = channels.reference(tenantId, channelId);
        Optional<String> team = channels.teamOf(tenantId, channelId);
        if (in.isEmpty() || team.isEmpty()) {
            return Optional.empty();
        }
        try {
            channels.rename(tenantId, sender.channelNames(in.get(), team.get()));
        } catch (DeliveryException e) {
            LOG.info("Teams: no channel names for a team of tenant {} ({}: {})", tenantId, e.kind(), e.getMessage());
            return Optional.empty();
        }
        return channels.name(tenantId, channelId);
    }

    /** The mentions of one text message in {@code tenantId} (null when unknown). */
    InMessage inText(String tenantId) {
        return new InMessage(tenantId, false);
    }

    /** The mentions of one Adaptive Card in {@code tenantId} (null when unknown). */
    InMessage inCard(String tenantId) {
        return new InMessage(tenantId, true);
    }

    /** Rewrites the texts of one message and collects the mention entities they need. */
    final class InMessage {

        private final String tenantId;
        private final boolean card;
        private final Map<String, ObjectNode> entities = new LinkedHashMap<>();

        private InMessage(String tenantId, boolean card) {
            this.tenantId = tenantId;
            this.card = card;
        }

        /** Markdown with each person as a mention, when Teams can mention them, and channels by name. */
        String markdown(String text) {
            return Mentions.rewrite(text, this::mention, this::channel);
        }

        /** Plain text with names only: for titles, buttons and notification previews. */
        String plain(String text) {
            return Mentions.rewrite(text, (id, label) -> name(person(id), label), this::channel);
        }

        /** The entities of a text message's mentions. */
        List<Entity> entities() {
            List<Entity> out = new ArrayList<>();
            entities.values().forEach(node -> {
                Entity entity = new Entity();
                entity.setType("mention");
                entity.setProperties("text", node.get("text"));
                entity.setProperties("mentioned", node.get("mentioned"));
                out.add(entity);
            });
            return out;
        }

        /** Puts the mentions into the card as {@code msteams.entities}, when it has any. */
        void addTo(ObjectNode adaptiveCard) {
            if (!entities.isEmpty()) {
                ArrayNode list = adaptiveCard.putObject("msteams").putArray("entities");
                entities.values().forEach(list::add);
            }
        }

        private String mention(String userId, String label) {
            TeamsDirectory.Person person = person(userId);
            String id = person.accountId() != null ? person.accountId() : card ? userId : null;
            if (person.name() == null || id == null) {
                return name(person, label);
            }
            String text = "<at>" + clean(person.name()) + "</at>";
            ObjectNode entity = JSON.objectNode().put("type", "mention").put("text", text);
            entity.putObject("mentioned").put("id", id).set("name", TextNode.valueOf(clean(person.name())));
            entities.putIfAbsent(id, entity);
            return text;
        }

        private String channel(String channelId, String label) {
            Optional<String> name = tenantId == null ? Optional.empty() : channels.apply(tenantId, channelId);
            return name.map(TeamsNames::clean).or(() -> Optional.ofNullable(label)).orElse(SOME_CHANNEL);
        }

        private TeamsDirectory.Person person(String userId) {
            return tenantId == null ? new TeamsDirectory.Person(null, null)
                    : people.apply(new UserRef(new TenantId(Platform.TEAMS, tenantId), userId));
        }
    }

    private static String name(TeamsDirectory.Person person, String label) {
        return person.name() != null ? clean(person.name()) : label != null ? label : SOMEONE;
    }

    /** A name as text: no angle brackets, which would read as markup around a mention. */
    private static String clean(String name) {
        return name.replaceAll("[<>]", "").strip();
    }
}
