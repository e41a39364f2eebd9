package curio.conversation;

import curio.challenges.ChallengeBoard;
import curio.challenges.ChallengeCommands;
import curio.challenges.ChallengeForm;
import curio.challenges.RunningChallenges;
import curio.chat.BotEvent;
import curio.chat.ChatAdapter;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.UserRef;
import curio.dashboard.DashboardSignIn;
import curio.delivery.ChatAdapters;
import curio.leads.AdminStats;
import curio.leads.ContentAdmin;
import curio.leads.Languages;
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
    private final RunningChallenges running;
    private final Languages languages;

    TeamConversation(TeamCommands teamCommands, ChallengeCommands challenges, Leaderboards leaderboards,
                     TeamStore teams, LearnerStore learners, ChatAdapters adapters, AdminStats stats,
                     curio.leads.WeeklyDigest digests, ContentAdmin content, DashboardSignIn signIn,
                     RunningChallenges running, Languages languages) {
        this.languages = languages;
        this.signIn = signIn;
        this.running = running;
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
        rows.team(Command.ListChallenges.class, false, "help.listChallenges",
                        (list, turn) -> turn.reply(challenges.list(turn.user())))
                .team(Command.JoinChallenge.class, false, "help.joinChallenge",
                        (join, turn) -> turn.reply(join(turn.user(), join.challengeId())))
                .team(Command.LeaveChallenge.class, false, "help.leaveChallenge",
                        (leave, turn) -> turn.reply(challenges.leave(turn.user(), leave.challengeId())))
                .team(Command.ChallengeStatus.class, false, "help.challengeStatus",
                        (status, turn) -> turn.reply(running.status(turn.user(), status.challengeId())))
                .team(Command.Leaderboard.class, false, "help.leaderboard",
                        (board, turn) -> turn.reply(leaderboards.leaderboard(turn.user())))
                .team(Command.NewChallenge.class, false, "help.newChallenge",
                        (create, turn) -> challenges.open(turn.user(), create.channelId(), turn.responder()))
                .team(Command.EditChallenge.class, false, "help.editChallenge", (edit, turn) -> running.openEdit(turn.user(), edit.challengeId(), turn.responder()))
                .team(Command.EndChallenge.class, false, "help.endChallenge",
                        (end, turn) -> turn.reply(running.end(turn.user(), end.challengeId())))
                .team(Command.CancelChallenge.class, false, "help.cancelChallenge",
                        (cancel, turn) -> turn.reply(running.cancel(turn.user(), cancel.challengeId(), cancel.confirmed())))
                .team(Command.TeamGoals.class, true, "help.teamGoals",
                        (goals, turn) -> turn.reply(teamCommands.goals(turn.user(), goals.channelId(), turn.message())))
                .team(Command.AdminStats.class, true, "help.adminStats", (shown, turn) -> turn.reply(stats.stats(turn.user())))
                .team(Command.ReloadContent.class, true, "help.reloadContent",
                        (reload, turn) -> turn.reply(content.reload(turn.user())))
                .team(Command.AdminDashboard.class, true, "help.adminDashboard",
                        (dashboard, turn) -> turn.reply(signIn.linkFor(turn.user())))
                .team(Command.TeamSetup.class, false, "help.teamSetup", (setup, turn) -> turn.reply(
                        teamCommands.setup(turn.user(), setup.channelId(), setup.zone(), turn.message())))
                .team(Command.TeamLanguage.class, false, "help.teamLanguage", (language, turn) -> turn.reply(
                        teamCommands.language(turn.user(), language.code(), language.channelId(), turn.message())))
                .team(Command.ChangeLead.class, false,
                        "help.changeLead",
                        (lead, turn) -> turn.reply(teamCommands.changeLead(turn.user(), lead.add(), lead.userId(),
                                lead.channelId(), turn.message())));
    }

    /**
     * A Join click on a board in a channel is answered in the person's direct chat, not the channel.
     * A click on the new-challenge or edit launcher opens the form (leads are checked again: roles
     * change); the buttons of a cancel confirmation cancel or keep the challenge.
     */
    boolean onAction(BotEvent.ActionInvoked action, Responder privateResponder) {
        if (action.actionId().equals(ChallengeForm.OPEN)) {
            String channelId = action.value() == null ? "" : action.value();
            challenges.open(action.user(), Optional.of(channelId).filter(id -> !id.isBlank()), privateResponder);
            return true;
        }
        String id = action.value() == null ? "" : action.value();
        switch (action.actionId()) {
            case ChallengeBoard.JOIN -> privateResponder.reply(join(action.user(), id));
            case ChallengeForm.EDIT_OPEN -> running.openEdit(action.user(), id, privateResponder);
            case RunningChallenges.CONFIRM_CANCEL -> privateResponder.update(running.cancel(action.user(), id, true));
            case RunningChallenges.KEEP -> privateResponder.update(running.kept(action.user(), id));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A posted challenge replaces its form; a refused one leaves the form to fix and resubmit. */
    boolean onForm(BotEvent.FormSubmitted form, Responder responder) {
        ChallengeCommands.Outcome outcome = switch (form.callbackId()) {
            case ChallengeForm.CALLBACK -> challenges.submit(form);
            case ChallengeForm.EDIT -> running.submitEdit(form);
            default -> null;
        };
        if (outcome == null) {
            return false;
        }
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
                fresh ? TeamStore.withLanguage(digests.firstState(zone), languages.of(installed.installer()).language())
                        : java.util.Map.of());
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
            return Message.text(languages.of(user).get("challenge.startFirst"));
        }
        return challenges.join(user, challengeId);
    }
}
