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
import curio.leads.Roles;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.learners.LocalCalendar;
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

    public ChallengeCommands(ChallengeStore challenges, ChallengeBoard boards, TeamStore teams, Roles roles,
                             ChatAdapters adapters, LocalCalendar calendar, ChallengeMembers members) {
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
        if (led.isEmpty()) {
            responder.reply(Message.text(channelId.isPresent() && teams.find(user.tenant(), channelId.get()).isEmpty()
                    ? Mentions.channel(channelId.get()) + " is not a team yet: an admin runs `team setup "
                            + Mentions.channel(channelId.get()) + "` first."
                    : "Only team leads post challenges. An admin can name you: `admin leads add @you #channel`."));
            return;
        }
        LocalDate today = calendar.learningDay(led.get(0).zone());
        responder.openForm(ChallengeForm.form(led.stream()
                .map(t -> new ChallengeForm.TeamChoice(t.id(), t.label())).toList(), today),
                ChallengeForm.launcher(channelId));
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
        Optional<Team> team = teams.find(lead.tenant(), form.values().getOrDefault("team", ""));
        if (team.isEmpty()) {
            return Outcome.refused("That channel is not a team (any more). Nothing was posted.");
        }
        if (!roles.runs(lead, team.get())) {
            return Outcome.refused("Only the leads of " + team.get().mention() + " post challenges there (an admin names "
                    + "them with `admin leads add`), so nothing was posted.");
        }
        ChallengeForm.Draft draft = ChallengeForm.read(form.values(), calendar.learningDay(team.get().zone()));
        if (!draft.ok()) {
            return Outcome.refused(draft.field(), draft.refusal("Nothing was posted", "challenge new"));
        }
        Optional<ChatAdapter> adapter = adapters.forPlatform(lead.tenant().platform());
        Challenge challenge = new Challenge(lead.tenant(), challenges.nextId(lead.tenant()), team.get().id(), draft.title(),
                draft.description(), draft.goal(), draft.target(), draft.unit(), draft.start(), draft.end(),
                lead.userId(), Optional.empty(), false, false);
        SentMessage board;
        try {
            board = adapter.orElseThrow().send(team.get().channel(), boards.render(challenge, java.util.Map.of(), ChallengeBoard.State.OPEN));
        } catch (DeliveryException | RuntimeException e) {
            return Outcome.refused("I couldn't post in " + team.get().mention() + " (" + e.getMessage() + "). If Curio "
                    + "was removed from the channel, invite it again (Slack: `/invite @Curio`; Teams: add Curio to the "
                    + "team). Nothing was stored.");
        }
        challenges.create(challenge, board.id());
        return new Outcome(true, Message.text("Posted *" + Markdown.literal(challenge.title()) + "* (" + challenge.id()
                + ") in " + team.get().mention() + ". Members join with the button or `challenge join " + challenge.id()
                + "`."),
                null);
    }

    public Message list(UserRef user) {
        List<Challenge> visible = members.visibleTo(user).stream().filter(c -> !c.finished()).toList();
        if (visible.isEmpty()) {
            return Message.text("No challenges in your teams right now. Leads post them with `challenge new`.");
        }
        return Message.text("*Challenges in your teams*\n" + visible.stream().map(c -> "- `" + c.id() + "` *"
                + Markdown.literal(c.title()) + "*: " + Markdown.literal(c.goal()) + " (" + c.dates() + ")"
                + (challenges.joined(c, user.userId()) ? " ✅ joined"
                : c.start().isAfter(members.teamDay(c)) ? " · starts soon" : ""))
                .collect(Collectors.joining("\n")) + "\nJoin with `challenge join <id>`.");
    }

    public Message join(UserRef user, String id) {
        Optional<Challenge> found = members.visible(user, id);
        if (found.isEmpty()) {
            return Message.text("There's no challenge " + Markdown.literal(id) + " in your teams. `challenge list` shows the open ones.");
        }
        Challenge c = found.get();
        Team team = teams.find(user.tenant(), c.teamId()).orElseThrow();
        if (c.finished() || calendar.learningDay(team.zone()).isAfter(c.end())) {
            return Message.text("*" + Markdown.literal(c.title()) + "* has finished, so it can't be joined any more.");
        }
        Optional<Integer> kept = challenges.join(c, user);
        if (kept.isEmpty()) {
            return Message.text("You're already in *" + Markdown.literal(c.title()) + "*.");
        }
        return Message.text("You joined *" + Markdown.literal(c.title()) + "*: " + Markdown.literal(c.goal()) + " by "
                + c.end() + (kept.get() > 0 ? ". Welcome back: your " + kept.get() + "/" + c.target() + " still count" : "")
                + ". Tag a check-in with `tried " + c.id() + ": what you did` (one a day counts), or pick it in the "
                + "check-in form.");
    }

    public Message leave(UserRef user, String id) {
        Optional<Challenge> found = members.visible(user, id);
        Optional<Integer> kept = found.flatMap(c -> challenges.leave(c, user));
        if (kept.isEmpty()) {
            return Message.text("You're not in a challenge " + id + ".");
        }
        return Message.text("You left *" + Markdown.literal(found.get().title()) + "*. Your check-ins still count for "
                + "your streak" + (kept.get() > 0 ? ", and I keep your " + kept.get() + "/" + found.get().target()
                + " in case you join again (`challenge join " + id + "`)." : "."));
    }
}
