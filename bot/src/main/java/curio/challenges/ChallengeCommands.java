package curio.challenges;

import curio.chat.BotEvent.FormSubmitted;
import curio.chat.ChatAdapter;
import curio.chat.DeliveryException;
import curio.chat.Markdown;
import curio.chat.Mentions;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.SentMessage;
import curio.chat.UserRef;
import curio.delivery.ChatAdapters;
import curio.leads.Languages;
import curio.leads.Roles;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.learners.LocalCalendar;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** challenge new (the form and its submission), list, join and leave. */
@Singleton
public class ChallengeCommands {

    private final ChallengeStore challenges;
    private final ChallengeBoard boards;
    private final TeamStore teams;
    private final Roles roles;
    private final ChatAdapters adapters;
    private final LocalCalendar calendar;
    private final ChallengeMembers members;
    private final Languages languages;

    public ChallengeCommands(ChallengeStore challenges, ChallengeBoard boards, TeamStore teams, Roles roles,
                             ChatAdapters adapters, LocalCalendar calendar, ChallengeMembers members,
                             Languages languages) {
        this.languages = languages;
        this.challenges = challenges;
        this.boards = boards;
        this.teams = teams;
        this.roles = roles;
        this.adapters = adapters;
        this.calendar = calendar;
        this.members = members;
    }

    /**
     * Opens the form for a lead (or, where a platform needs a click first, posts its launcher);
     * everyone else is told who can post challenges.
     */
    public void open(UserRef user, Optional<String> channelId, Responder responder) {
        List<Team> led = roles.teamsRunBy(user).stream()
                .filter(t -> channelId.isEmpty() || t.id().equals(channelId.get())).toList();
        Texts texts = languages.of(user);
        if (led.isEmpty()) {
            responder.reply(Message.text(channelId.isPresent() && teams.find(user.tenant(), channelId.get()).isEmpty()
                    ? texts.get("challenge.notATeam", Mentions.channel(channelId.get()))
                    : texts.get("challenge.onlyLeads")));
            return;
        }
        LocalDate today = calendar.learningDay(led.get(0).zone());
        responder.openForm(ChallengeForm.form(led.stream()
                .map(t -> new ChallengeForm.TeamChoice(t.id(), t.label())).toList(), today, texts),
                ChallengeForm.launcher(channelId, texts));
    }

    /** What became of a submitted form: posted, or refused with the reason. */
    public record Outcome(boolean posted, Message message, String field) {
        static Outcome refused(String why) {
            return new Outcome(false, Message.text(why), null);
        }

        static Outcome refused(String field, String why) {
            return new Outcome(false, Message.text(why), field);
        }
    }

    /** Checks the form, posts the board to the channel, then stores the challenge: all or nothing. */
    public Outcome submit(FormSubmitted form) {
        UserRef lead = form.user();
        Texts texts = languages.of(lead);
        Optional<Team> team = teams.find(lead.tenant(), form.values().getOrDefault("team", ""));
        if (team.isEmpty()) {
            return Outcome.refused(texts.get("challenge.teamGone"));
        }
        if (!roles.runs(lead, team.get())) {
            return Outcome.refused(texts.get("challenge.notTheirTeam", team.get().mention()));
        }
        ChallengeForm.Draft draft = ChallengeForm.read(form.values(), calendar.learningDay(team.get().zone()), texts);
        if (!draft.ok()) {
            return Outcome.refused(draft.field(), draft.refusal(true, "challenge new"));
        }
        Optional<ChatAdapter> adapter = adapters.forPlatform(lead.tenant().platform());
        Challenge challenge = new Challenge(lead.tenant(), challenges.nextId(lead.tenant()), team.get().id(), draft.title(),
                draft.description(), draft.goal(), draft.target(), draft.unit(), draft.start(), draft.end(),
                lead.userId(), Optional.empty(), false, false);
        SentMessage board;
        try {
            board = adapter.orElseThrow().send(team.get().channel(), boards.render(challenge, java.util.Map.of(),
                    ChallengeBoard.State.OPEN, Texts.in(team.get().language())));
        } catch (DeliveryException | RuntimeException e) {
            return Outcome.refused(texts.get("challenge.postFailed", team.get().mention(), e.getMessage()));
        }
        challenges.create(challenge, board.id());
        return new Outcome(true, Message.text(texts.get("challenge.posted", Markdown.literal(challenge.title()),
                challenge.id(), team.get().mention())), null);
    }

    public Message list(UserRef user) {
        Texts texts = languages.of(user);
        List<Challenge> visible = members.visibleTo(user).stream().filter(c -> !c.finished()).toList();
        if (visible.isEmpty()) {
            return Message.text(texts.get("challenge.noneListed"));
        }
        return Message.text(texts.get("challenge.list", visible.stream().map(c -> "- `" + c.id() + "` *"
                + Markdown.literal(c.title()) + "*: " + Markdown.literal(c.goal()) + " (" + c.dates() + ")"
                + (challenges.joined(c, user.userId()) ? texts.get("challenge.joinedMark")
                : c.start().isAfter(members.teamDay(c)) ? texts.get("challenge.startsSoon") : ""))
                .collect(Collectors.joining("\n"))));
    }

    public Message join(UserRef user, String id) {
        Texts texts = languages.of(user);
        Optional<Challenge> found = members.visible(user, id);
        if (found.isEmpty()) {
            return Message.text(texts.get("challenge.none", Markdown.literal(id)));
        }
        Challenge c = found.get();
        Team team = teams.find(user.tenant(), c.teamId()).orElseThrow();
        if (c.finished() || calendar.learningDay(team.zone()).isAfter(c.end())) {
            return Message.text(texts.get("challenge.finishedNoJoin", Markdown.literal(c.title())));
        }
        Optional<Integer> kept = challenges.join(c, user);
        if (kept.isEmpty()) {
            return Message.text(texts.get("challenge.alreadyIn", Markdown.literal(c.title())));
        }
        return Message.text(texts.get("challenge.joined", Markdown.literal(c.title()), Markdown.literal(c.goal()),
                c.end().toString(), kept.get() > 0 ? texts.get("challenge.welcomeBack", kept.get(), c.target()) : "",
                c.id()));
    }

    public Message leave(UserRef user, String id) {
        Texts texts = languages.of(user);
        Optional<Challenge> found = members.visible(user, id);
        Optional<Integer> kept = found.flatMap(c -> challenges.leave(c, user));
        if (kept.isEmpty()) {
            return Message.text(texts.get("challenge.notIn", id));
        }
        return Message.text(texts.get("challenge.left", Markdown.literal(found.get().title()), kept.get() > 0
                ? texts.get("challenge.keptOnLeave", kept.get(), found.get().target(), id) : "."));
    }
}
