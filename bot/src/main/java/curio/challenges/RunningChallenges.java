package curio.challenges;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.BotEvent.FormSubmitted;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.UserRef;
import curio.leads.Roles;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.learners.LocalCalendar;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * A posted challenge, run by its team's leads and the admins: {@code challenge status} (also for
 * the team's members), {@code challenge end}, {@code challenge cancel} (confirmed first) and
 * {@code challenge edit} (the new-challenge form, filled in).
 */
@Singleton
public class RunningChallenges {

    /** The cancel confirmation's buttons; their value is the challenge id. */
    public static final String CONFIRM_CANCEL = "challenge.cancel";
    public static final String KEEP = "challenge.cancel.keep";

    private final ChallengeStore challenges;
    private final ChallengeBoard board;
    private final ChallengeBoards boards;
    private final TeamStore teams;
    private final Roles roles;
    private final LocalCalendar calendar;

    public RunningChallenges(ChallengeStore challenges, ChallengeBoard board, ChallengeBoards boards, TeamStore teams,
                             Roles roles, LocalCalendar calendar) {
        this.challenges = challenges;
        this.board = board;
        this.boards = boards;
        this.teams = teams;
        this.roles = roles;
        this.calendar = calendar;
    }

    /** A challenge and its team, or why the person may not do what they asked with it. */
    private record Found(Challenge challenge, Team team, Message refusal) {
        static Found refused(String why) {
            return new Found(null, null, Message.text(why));
        }
    }

    private Found find(UserRef user, String id, boolean mustRun, String doing) {
        Optional<Challenge> c = challenges.find(user.tenant(), id);
        Optional<Team> team = c.flatMap(found -> teams.find(user.tenant(), found.teamId()));
        if (team.isEmpty()) {
            return Found.refused("There's no challenge " + Markdown.literal(id) + " in your teams. `challenge list` shows the open ones.");
        }
        boolean runs = roles.runs(user, team.get());
        if (!runs && (mustRun || !teams.isMember(team.get(), user.userId()))) {
            return Found.refused(teams.isMember(team.get(), user.userId())
                    ? "Only the leads of " + team.get().mention() + " and admins " + doing + " its challenges."
                    : "There's no challenge " + Markdown.literal(id) + " in your teams. `challenge list` shows the open ones.");
        }
        if (mustRun && c.get().finished()) {
            return Found.refused("*" + Markdown.literal(c.get().title()) + "* has already "
                    + (c.get().cancelled() ? "been cancelled." : "ended.") + " `challenge status " + id + "` shows how it went.");
        }
        return new Found(c.get(), team.get(), null);
    }

    public Message status(UserRef user, String id) {
        Found found = find(user, id, false, "see");
        if (found.refusal() != null) {
            return found.refusal();
        }
        Challenge c = found.challenge();
        return board.status(c, challenges.progress(c), calendar.learningDay(found.team().zone()));
    }

    public Message end(UserRef user, String id) {
        Found found = find(user, id, true, "end");
        if (found.refusal() != null) {
            return found.refusal();
        }
        if (!boards.close(found.challenge(), found.team(), ChallengeBoard.State.ENDED)) {
            return Message.text("*" + Markdown.literal(found.challenge().title()) + "* is being closed already.");
        }
        return Message.text("Ended *" + Markdown.literal(found.challenge().title()) + "*: its board in "
                + found.team().mention() + " says so, with who finished, and the summary is posted there.");
    }

    /** Without {@code confirmed}: asks first, with buttons (or {@code challenge cancel c3 confirm}). */
    public Message cancel(UserRef user, String id, boolean confirmed) {
        Found found = find(user, id, true, "cancel");
        if (found.refusal() != null) {
            return found.refusal();
        }
        String title = Markdown.literal(found.challenge().title());
        if (!confirmed) {
            return Message.builder("Cancel " + id + "?")
                    .text("Cancel *" + title + "*? Check-ins stop counting for it and its board in "
                            + found.team().mention() + " will say it was cancelled. This can't be undone. "
                            + "(Or say `challenge cancel " + id + " confirm`.)")
                    .buttons(new Button(CONFIRM_CANCEL, "Cancel the challenge", id, Block.Style.DANGER),
                            new Button(KEEP, "Keep it", id, Block.Style.DEFAULT))
                    .build();
        }
        if (!boards.close(found.challenge(), found.team(), ChallengeBoard.State.CANCELLED)) {
            return Message.text("*" + title + "* is being closed already.");
        }
        return Message.text("Cancelled *" + title + "*: its board in " + found.team().mention() + " says so.");
    }

    public Message kept(String id) {
        return Message.text("Kept: challenge " + Markdown.literal(id) + " goes on.");
    }

    /** Opens the edit form (or, where forms need a click, its launcher). */
    public void openEdit(UserRef user, String id, Responder responder) {
        Found found = find(user, id, true, "edit");
        if (found.refusal() != null) {
            responder.reply(found.refusal());
            return;
        }
        responder.openForm(ChallengeForm.editForm(found.challenge()), ChallengeForm.editLauncher(found.challenge()));
    }

    /** Saves a submitted edit form and edits the board in place (at once, or within seconds when it was just edited). */
    public ChallengeCommands.Outcome submitEdit(FormSubmitted form) {
        Found found = find(form.user(), form.context() == null ? "" : form.context(), true, "edit");
        if (found.refusal() != null) {
            return new ChallengeCommands.Outcome(false, found.refusal(), null);
        }
        Challenge c = found.challenge();
        ChallengeForm.Draft draft = ChallengeForm.readEdit(form.values(), c, calendar.learningDay(found.team().zone()));
        if (!draft.ok()) {
            return new ChallengeCommands.Outcome(false, Message.text(draft.refusal("Nothing was changed",
                    "challenge edit " + c.id())), draft.field());
        }
        challenges.edit(c, draft.title(), draft.description(), draft.goal(), draft.target(), draft.end());
        challenges.find(c.tenant(), c.id()).ifPresent(edited -> boards.refresh(edited, found.team()));
        return new ChallengeCommands.Outcome(true, Message.text("Saved *" + Markdown.literal(draft.title()) + "* ("
                + c.id() + "): " + Markdown.literal(draft.goal()) + ", " + Plural.of(draft.target(), c.unit().label(1),
                c.unit().label(2)) + ", until " + draft.end() + ". Its board in " + found.team().mention()
                + " shows the change."), null);
    }
}
