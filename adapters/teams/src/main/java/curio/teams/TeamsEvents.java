package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import curio.chat.BotEvent;
import curio.chat.ConversationRef;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.chat.UserRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates an authenticated activity into neutral events. Remembers in Redis ({@link TeamsOnce})
 * which conversations Curio was installed in (Teams announces an install twice) and which quiz
 * cards were answered, so a double click counts once, also after a restart or on another replica.
 */
final class TeamsEvents {

    /** The opt-in button of the team greeting; a click is the learner's own {@code start}. */
    static final String OPT_IN = "curio.opt-in";

    private final ObjectMapper mapper;
    private final TeamsReferences references;
    private final TeamsDirectory directory;
    private final TeamsChannels channels;
    private final TeamsMentions mentions;
    private final TeamsPersonalChats personalChats;
    private final TeamsSignInNames signInNames;
    private final TeamsOnce once;

    TeamsEvents(ObjectMapper mapper, TeamsReferences references, TeamsDirectory directory, TeamsChannels channels,
                TeamsPersonalChats personalChats, TeamsSignInNames signInNames, TeamsOnce once) {
        this.mapper = mapper;
        this.once = once;
        this.signInNames = signInNames;
        this.personalChats = personalChats;
        this.references = references;
        this.directory = directory;
        this.channels = channels;
        this.mentions = new TeamsMentions(mapper, directory);
    }

    /**
     * False for an activity id already processed in its tenant within {@link TeamsOnce#ACTIVITY_WINDOW}:
     * the Bot Connector redelivers when it missed the answer. Activities without an id or tenant pass.
     */
    boolean firstDelivery(Activity activity) {
        String tenantId = tenantId(activity);
        return blank(activity.getId()) || tenantId == null || once.firstDelivery(tenantId, activity.getId());
    }

    List<BotEvent> toBotEvents(Activity activity) {
        ConversationAccount conversation = activity.getConversation();
        String tenantId = tenantId(activity);
        if (conversation == null || blank(conversation.getId()) || tenantId == null || activity.getFrom() == null
                || blank(activity.getFrom().getId()) && blank(activity.getFrom().getAadObjectId())) {
            return List.of();
        }
        String type = String.valueOf(activity.getType());
        if (ActivityTypes.MESSAGE.equals(type) && fromABot(activity)) {
            return List.of();
        }
        TenantId tenant = new TenantId(curio.chat.Platform.TEAMS, tenantId);
        UserRef user = user(tenant, activity.getFrom());
        ConversationRef ref = references.of(activity);
        // a meeting chat may come without a conversationType: only a "personal" one is personal
        boolean personal = "personal".equals(conversation.getConversationType());
        directory.saw(user, activity.getFrom().getId(), activity.getFrom().getName(), activity.getLocalTimezone(),
                activity.getLocale());
        directory.account(tenantId, activity.getFrom().getId(), activity.getFrom().getAadObjectId());
        signInNames.learn(activity, user);
        if (personal) {
            directory.personalConversation(user, ref);
        } else {
            channels.saw(activity, tenantId);
        }
        if (ActivityTypes.MESSAGE.equals(type)) {
            return message(activity, user, ref, personal, tenantId);
        }
        List<BotEvent> events = new ArrayList<>();
        boolean botAdded = ActivityTypes.INSTALLATION_UPDATE.equals(type) && action(activity).startsWith("add")
                || ActivityTypes.CONVERSATION_UPDATE.equals(type) && contains(activity.getMembersAdded(), activity);
        boolean botRemoved = ActivityTypes.INSTALLATION_UPDATE.equals(type) && action(activity).startsWith("remove")
                || ActivityTypes.CONVERSATION_UPDATE.equals(type) && contains(activity.getMembersRemoved(), activity);
        if (botAdded) {
            if (once.firstInstall(tenantId, conversation.getId())) {
                // the engine makes whoever adds Curio to a team a lead of that team, and nobody an admin
                events.add(new BotEvent.AppInstalled(tenant, user, ref, personal));
            }
        } else if (botRemoved) {
            channels.forgetTeamOf(activity, tenantId);
            if (once.firstRemoval(tenantId, conversation.getId())) {
                events.add(personal ? new BotEvent.AppUninstalled(tenant, user, ref, BotEvent.AppUninstalled.Scope.PERSONAL)
                        : new BotEvent.AppUninstalled(tenant, user, references.channel(activity),
                        BotEvent.AppUninstalled.Scope.CHANNEL));
            }
        }
        if (ActivityTypes.CONVERSATION_UPDATE.equals(type) && !personal && activity.getMembersAdded() != null) {
            String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
            activity.getMembersAdded().stream()
                    .filter(m -> m != null && !(blank(m.getId()) && blank(m.getAadObjectId())))
                    .filter(m -> bot != null && !bot.equals(m.getId()))
                    .forEach(m -> events.add(new BotEvent.MemberJoined(user(tenant, m), ref)));
        }
        return events;
    }

    private List<BotEvent> message(Activity activity, UserRef user, ConversationRef ref, boolean personal,
                                   String tenantId) {
        if (activity.getValue() != null) {
            JsonNode data = mapper.valueToTree(activity.getValue());
            if (OPT_IN.equals(data.path(TeamsRenderer.ACTION_ID).asText(null))) {
                return optIn(activity, user, ref, personal, tenantId);
            }
            return submit(data, activity.getReplyToId(), user, ref, personal);
        }
        String text = mentions.text(activity, tenantId);
        ConversationRef where = "channel".equals(activity.getConversation().getConversationType())
                ? references.channel(activity) : ref;
        return text.isEmpty() ? List.of() : List.of(new BotEvent.MessageReceived(user, where, personal, text));
    }

    private List<BotEvent> submit(JsonNode data, String replyToId, UserRef user, ConversationRef ref, boolean personal) {
        if (data.hasNonNull(TeamsFormCard.CALLBACK_ID)) {
            Map<String, String> values = new HashMap<>();
            data.fields().forEachRemaining(f -> {
                if (!f.getKey().equals(TeamsFormCard.CALLBACK_ID) && !f.getKey().equals(TeamsFormCard.CONTEXT)
                        && f.getValue().isValueNode()) {
                    values.put(f.getKey(), f.getValue().asText());
                }
            });
            String context = data.hasNonNull(TeamsFormCard.CONTEXT) ? data.get(TeamsFormCard.CONTEXT).asText() : null;
            return List.of(new BotEvent.FormSubmitted(user, ref, data.get(TeamsFormCard.CALLBACK_ID).asText(),
                    context, values));
        }
        if (!data.hasNonNull(TeamsRenderer.ACTION_ID)) {
            return List.of();
        }
        String actionId = data.get(TeamsRenderer.ACTION_ID).asText();
        String value = data.path(TeamsRenderer.VALUE).asText("");
        if (data.path(TeamsRenderer.ONCE).asBoolean(false) && !blank(replyToId)
                && !once.firstAnswer(user, replyToId)) {
            return List.of();
        }
        SentMessage source = blank(replyToId) ? null : new SentMessage(ref, replyToId);
        return List.of(new BotEvent.ActionInvoked(user, ref, actionId, value, source));
    }

    /**
     * "Count me in" is the person's own {@code start}, said in their personal chat: Curio opens it
     * (a team has no personal conversation to answer in), so the welcome and every later prompt go
     * there. Nobody is enrolled when Teams would not open the chat.
     */
    private List<BotEvent> optIn(Activity activity, UserRef user, ConversationRef ref, boolean personal,
                                 String tenantId) {
        if (personal) {
            return List.of(new BotEvent.MessageReceived(user, ref, true, "start"));
        }
        return personalChats.open(activity, tenantId).map(chat -> {
            directory.personalConversation(user, chat);
            return List.<BotEvent>of(new BotEvent.MessageReceived(user, chat, true, "start"));
        }).orElse(List.of());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The tenant {@link TeamsOrigin} found the activity to be from; null if none. */
    private static String tenantId(Activity activity) {
        String id = activity.getConversation() == null ? null : activity.getConversation().getTenantId();
        return id == null || id.isBlank() ? null : id;
    }

    private static UserRef user(TenantId tenant, ChannelAccount account) {
        String aad = account.getAadObjectId();
        return new UserRef(tenant, aad != null && !aad.isBlank() ? aad : account.getId());
    }

    /** Curio's own echo or another bot ({@code 28:} ids are bots): no conversation to have with it. */
    private static boolean fromABot(Activity activity) {
        String from = activity.getFrom().getId();
        return from != null && (from.startsWith("28:")
                || activity.getRecipient() != null && from.equals(activity.getRecipient().getId()));
    }

    private static String action(Activity activity) {
        return activity.getAction() == null ? "" : activity.getAction();
    }

    private static boolean contains(List<ChannelAccount> members, Activity activity) {
        return members != null && activity.getRecipient() != null
                && members.stream().anyMatch(m -> m != null && m.getId() != null
                        && m.getId().equals(activity.getRecipient().getId()));
    }
}
