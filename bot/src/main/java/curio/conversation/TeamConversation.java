package curio.conversation;

import curio.challenges.ChallengeBoard;
import curio.challenges.ChallengeCommands;
import curio.challenges.ChallengeForm;
import curio.chat.BotEvent;
import curio.chat.ChatAdapter;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.UserRef;
import curio.dashboard.DashboardSignIn;
import curio.delivery.ChatAdapters;
import curio.leads.AdminStats;
import curio.leads.ContentAdmin;
import curio.leads.Leaderboards;
import curio.leads.TeamCommands;
import curio.leads.TeamStore;
import curio.learners.LearnerStore;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** The lead and admin side of the conversation: teams, leads, challenges, leaderboards. */
@Singleton
class TeamConversation {

    private final TeamCommands teamCommands;
    private final ChallengeCommands challenges;
    private final Leaderboards leaderboards;
    private final TeamStore teams;
    private final LearnerStore learners;
    private final ChatAdapters adapters;
    private final AdminStats stats;
    private final curio.leads.WeeklyDigest digests;
    private final ContentAdmin content;
    private final DashboardSignIn signIn;

    TeamConversation(TeamCommands teamCommands, ChallengeCommands challenges, Leaderboards leaderboards,
                     TeamStore teams, LearnerStore learners, ChatAdapters adapters, AdminStats stats,
                     curio.leads.WeeklyDigest digests, ContentAdmin content, DashboardSignIn signIn) {
        this.signIn = signIn;
        this.teamCommands = teamCommands;
        this.challenges = challenges;
        this.leaderboards = leaderboards;
        this.teams = teams;
        this.learners = learners;
        this.adapters = adapters;
        this.stats = stats;
        this.digests = digests;
        this.content = content;
    }

    /**
     * The lead and admin commands. They work for people who are not learners; those that name
     * people's goals or workspace figures are personal: never answered in a channel.
     */
    void addRows(CommandTable.Builder rows) {
        rows.team(Command.ListChallenges.class, false, "`challenge list`",
                        (list, turn) -> turn.reply(challenges.list(turn.user())))
                .team(Command.JoinChallenge.class, false, "`challenge join c3`",
                        (join, turn) -> turn.reply(join(turn.user(), join.challengeId())))
                .team(Command.LeaveChallenge.class, false, "`challenge leave c3`",
                        (leave, turn) -> turn.reply(challenges.leave(turn.user(), leave.challengeId())))
                .team(Command.Leaderboard.class, false, "`leaderboard`: streaks of the people who share",
                        (board, turn) -> turn.reply(leaderboards.leaderboard(turn.user())))
                .team(Command.NewChallenge.class, false, "leads: `challenge new`",
                        (create, turn) -> challenges.open(turn.user(), create.channelId(), turn.responder()))
                .team(Command.TeamGoals.class, true, "leads: `team goals #channel`",
                        (goals, turn) -> turn.reply(teamCommands.goals(turn.user(), goals.channelId(), turn.message())))
                .team(Command.AdminStats.class, true, "admins: `admin stats`", (shown, turn) -> turn.reply(stats.stats(turn.user())))
                .team(Command.ReloadContent.class, true, "admins: `admin content reload`: read the content packs again",
                        (reload, turn) -> turn.reply(content.reload(turn.user())))
                .team(Command.AdminDashboard.class, true, "admins and leads: `admin dashboard` (a sign-in link)",
                        (dashboard, turn) -> turn.reply(signIn.linkFor(turn.user())))
                .team(Command.TeamSetup.class, false, "admins: `team setup #channel`", (setup, turn) -> turn.reply(
                        teamCommands.setup(turn.user(), setup.channelId(), setup.zone(), turn.message())))
                .team(Command.ChangeLead.class, false,
                        "admins: `admin leads add @person #channel` · `admin leads remove @person #channel`",
                        (lead, turn) -> turn.reply(teamCommands.changeLead(turn.user(), lead.add(), lead.userId(),
                                lead.channelId(), turn.message())));
    }

    /**
     * A Join click on a board in a channel is answered in the person's direct chat, not the channel.
     * A click on the new-challenge launcher opens the form (leads are checked again: roles change).
     */
    boolean onAction(BotEvent.ActionInvoked action, Responder privateResponder) {
        if (action.actionId().equals(ChallengeForm.OPEN)) {
            String channelId = action.value() == null ? "" : action.value();
            challenges.open(action.user(), Optional.of(channelId).filter(id -> !id.isBlank()), privateResponder);
            return true;
        }
        if (!action.actionId().equals(ChallengeBoard.JOIN)) {
            return false;
        }
        privateResponder.reply(join(action.user(), action.value()));
        return true;
    }

    /** A posted challenge replaces its form; a refused one leaves the form to fix and resubmit. */
    boolean onForm(BotEvent.FormSubmitted form, Responder responder) {
        if (!form.callbackId().equals(ChallengeForm.CALLBACK)) {
            return false;
        }
        ChallengeCommands.Outcome outcome = challenges.submit(form);
        if (outcome.posted()) {
            responder.update(outcome.message());
        } else if (outcome.field() != null) {
            responder.rejectForm(outcome.field(), curio.chat.Markdown.toPlain(outcome.message().text()));
        } else {
            responder.reply(outcome.message());
        }
        return true;
    }

    /** Curio added to a team channel (Teams): the channel becomes a team run by whoever added it. */
    void installedInChannel(BotEvent.AppInstalled installed) {
        Optional<ChatAdapter> adapter = adapters.forPlatform(installed.tenant().platform());
        if (adapter.isEmpty() || installed.installer() == null || installed.conversation() == null) {
            return;
        }
        String id = adapter.get().channelId(installed.conversation());
        Set<String> members = adapter.get().members(installed.conversation()).orElse(Set.of());
        ZoneId zone = adapter.get().profile(installed.installer()).timeZone();
        boolean fresh = teams.find(installed.tenant(), id).isEmpty();
        teams.save(installed.tenant(), id, id, installed.conversation(), zone, installed.installer().userId(), members,
                fresh ? digests.firstState(zone) : java.util.Map.of());
    }

    /** Curio was removed from a team channel: the team ends (its learners keep their own data). */
    void removedFromChannel(BotEvent.AppUninstalled removed) {
        if (removed.conversation() == null) {
            return;
        }
        adapters.forPlatform(removed.tenant().platform())
                .map(a -> a.channelId(removed.conversation()))
                .ifPresent(id -> teams.delete(removed.tenant(), id));
    }

    void memberJoined(BotEvent.MemberJoined joined) {
        adapters.forPlatform(joined.tenant().platform())
                .map(a -> a.channelId(joined.conversation()))
                .flatMap(id -> teams.find(joined.tenant(), id))
                .ifPresent(team -> teams.addMember(team, joined.user().userId()));
    }

    private Message join(UserRef user, String challengeId) {
        if (learners.find(user).filter(l -> l.status() != curio.learners.Learner.Status.STOPPED).isEmpty()) {
            return Message.text("Join Curio first (say `start` to me in a direct message), then join the challenge: "
                    + "your daily check-in is where you log progress.");
        }
        return challenges.join(user, challengeId);
    }
}
