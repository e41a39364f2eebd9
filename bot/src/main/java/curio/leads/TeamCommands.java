package curio.leads;

import curio.chat.BotEvent.MessageReceived;
import curio.chat.ChatAdapter;
import curio.chat.DeliveryException;
import curio.chat.Markdown;
import curio.chat.Mentions;
import curio.chat.Message;
import curio.chat.UserRef;
import curio.delivery.ChatAdapters;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** team setup, admin leads add/remove and team goals. */
@Singleton
public class TeamCommands {

    private final TeamStore teams;
    private final TeamChannels channels;
    private final Roles roles;
    private final LearnerStore learners;
    private final ChatAdapters adapters;
    private final curio.learners.LocalCalendar calendar;
    private final WeeklyDigest digests;
    private final Languages languages;

    public TeamCommands(TeamStore teams, TeamChannels channels, Roles roles, LearnerStore learners, ChatAdapters adapters,
                        curio.learners.LocalCalendar calendar, WeeklyDigest digests, Languages languages) {
        this.languages = languages;
        this.teams = teams;
        this.channels = channels;
        this.roles = roles;
        this.learners = learners;
        this.adapters = adapters;
        this.calendar = calendar;
        this.digests = digests;
    }

    public Message setup(UserRef user, Optional<String> channelId, Optional<ZoneId> zone, MessageReceived message) {
        Texts texts = languages.of(user);
        boolean admin = roles.isAdmin(user);
        Optional<String> named = channelId.or(() -> message != null && !message.personal()
                ? adapters.forPlatform(user.tenant().platform()).map(a -> a.channelId(message.conversation()))
                : Optional.empty());
        boolean leadsIt = named.flatMap(id -> teams.find(user.tenant(), id))
                .filter(t -> t.leads().contains(user.userId())).isPresent();
        if (!admin && !leadsIt) {
            return Message.text(texts.get("team.onlyAdmins", "#channel"));
        }
        TeamChannels.Either channel = channels.resolve(user.tenant(), channelId, message, "`team setup #channel`", texts);
        if (!channel.ok()) {
            return Message.text(channel.problem());
        }
        TeamChannels.Found found = channel.found();
        Optional<Team> existing = teams.find(user.tenant(), found.id());
        if (!admin && existing.filter(t -> t.leads().contains(user.userId())).isEmpty()) {
            return Message.text(texts.get("team.onlyAdmins", Mentions.channel(found.id())));
        }
        ZoneId teamZone = zone.orElseGet(() -> existing.map(Team::zone).orElseGet(() -> learners.find(user)
                .map(Learner::zone).orElseGet(() -> roles.profile(user).timeZone())));
        String name = message == null ? found.id() : Mentions.firstChannelLabel(message.text())
                .or(() -> existing.map(Team::name)).orElse(found.id());
        String lead = existing.isPresent() && !existing.get().leads().isEmpty()
                ? existing.get().leads().iterator().next() : user.userId();
        Team team = teams.save(user.tenant(), found.id(), name, found.channel(), teamZone, lead, found.members(),
                existing.isPresent() ? Map.of()
                        : TeamStore.withLanguage(digests.firstState(teamZone), languages.of(user).language()));
        long learning = found.members().stream().filter(id -> learners.find(new UserRef(user.tenant(), id)).isPresent()).count();
        if (existing.isPresent()) {
            return Message.text(texts.get("team.refreshed", team.mention(), teamZone.getId(), found.members().size(),
                    learning, leadList(team)));
        }
        announce(team, user);
        return Message.text(texts.get("team.created", team.mention(), found.members().size(), learning, teamZone.getId(),
                leadList(team)));
    }

    public Message changeLead(UserRef user, boolean add, String userId, Optional<String> channelId,
                              MessageReceived message) {
        Texts texts = languages.of(user);
        TeamChannels.Either channel = channels.resolve(user.tenant(), channelId, message,
                "`admin leads " + (add ? "add" : "remove") + " @person #channel`", texts);
        if (!channel.ok()) {
            return Message.text(channel.problem());
        }
        Optional<Team> team = teams.find(user.tenant(), channel.found().id());
        if (team.isEmpty()) {
            return Message.text(texts.get("team.notATeamYet", Mentions.channel(channel.found().id())));
        }
        if (!roles.isAdmin(user)) {
            return Message.text(texts.get("team.onlyAdminsName"));
        }
        String who = Mentions.user(userId);
        if (add) {
            teams.addLead(team.get(), userId);
            return Message.text(texts.get("team.leadAdded", who, team.get().mention()));
        }
        if (!team.get().leads().contains(userId)) {
            return Message.text(texts.get("team.notALead", who, team.get().mention()));
        }
        teams.removeLead(team.get(), userId);
        return Message.text(texts.get("team.leadRemoved", who, team.get().mention()));
    }

    public Message goals(UserRef user, Optional<String> channelId, MessageReceived message) {
        Texts texts = languages.of(user);
        if (channelId.isPresent() && teams.find(user.tenant(), channelId.get()).isEmpty()) {
            return Message.text(texts.get("team.notATeam", Mentions.channel(channelId.get())));
        }
        Optional<Team> team = ledTeam(user, channelId, message);
        if (team.isEmpty()) {
            return Message.text(channelId.isPresent() ? texts.get("goals.onlyLeadsOf", Mentions.channel(channelId.get()))
                    : texts.get("goals.onlyLeads"));
        }
        String lines = teams.members(team.get()).stream().sorted()
                .map(id -> learners.find(new UserRef(user.tenant(), id)))
                .flatMap(Optional::stream)
                .filter(Learner::sharing)
                .flatMap(l -> l.goalFor(calendar.learningDay(team.get().zone()))
                        .map(g -> "- *" + Markdown.literal(l.name()) + "*: " + Markdown.literal(g)).stream())
                .collect(Collectors.joining("\n"));
        return Message.text(texts.get("goals.title", team.get().mention())
                + (lines.isEmpty() ? texts.get("goals.none") : lines));
    }

    /**
     * {@code team language de [#channel]}: the team's channel posts (feed, digest, boards) are
     * written in that language from now on; its leads or an admin change it.
     */
    public Message language(UserRef user, String code, Optional<String> channelId, MessageReceived message) {
        Texts texts = languages.of(user);
        Optional<Locale> chosen = Texts.supported(code);
        if (chosen.isEmpty()) {
            return Message.text(texts.get("teamLanguage.unknown", Markdown.literal(code), Texts.codes()));
        }
        Optional<Team> team = ledTeam(user, channelId, message);
        if (team.isEmpty()) {
            return Message.text(texts.get("teamLanguage.onlyLeads"));
        }
        teams.setLanguage(team.get(), chosen.get());
        return Message.text(texts.get("teamLanguage.set", team.get().mention(),
                Texts.in(chosen.get()).get("language.name")));
    }

    private Optional<Team> ledTeam(UserRef user, Optional<String> channelId, MessageReceived message) {
        Optional<String> id = channelId.or(() -> message != null && !message.personal()
                ? adapters.forPlatform(user.tenant().platform()).map(a -> a.channelId(message.conversation()))
                : Optional.empty());
        Optional<Team> team = id.flatMap(t -> teams.find(user.tenant(), t))
                .or(() -> roles.teamsRunBy(user).stream().findFirst());
        return team.filter(t -> roles.runs(user, t));
    }

    private void announce(Team team, UserRef by) {
        Optional<ChatAdapter> adapter = adapters.forPlatform(team.tenant().platform());
        try {
            if (adapter.isPresent()) {
                adapter.get().send(team.channel(), Message.text(Texts.in(team.language()).get("team.announce",
                        Mentions.user(by.userId()))));
            }
        } catch (DeliveryException e) {
            // the setup stands; the welcome is a courtesy
        }
    }

    private static String leadList(Team team) {
        return team.leads().stream().sorted().map(Mentions::user).collect(Collectors.joining(", "));
    }
}
