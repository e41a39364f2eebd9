package curio.challenges;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.BotEvent.FormSubmitted;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.UserRef;
import curio.leads.Languages;
import curio.leads.Roles;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.learners.LocalCalendar;
import curio.words.Texts;
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
    private final Languages languages;

    public RunningChallenges(ChallengeStore challenges, ChallengeBoard board, ChallengeBoards boards, TeamStore teams,
                             Roles roles, LocalCalendar calendar, Languages languages) {
        this.languages = languages;
        this.challenges = challenges;
        this.board = board;
        this.boards = boards;
        this.teams = teams;
        this.roles = roles;
        this.calendar = calendar;
    }

    /** A challenge and its team, or why the person may not do what they asked with it; in the asker's language. */
    private record Found(Challenge challenge, Team team, Message refusal, Texts texts) {
        static Found refused(String why) {
            return new Found(null, null, Message.text(why), null);
        }
    }

    /** {@code doing}: what the person asked to do, as the key suffix of its refusal ({@code see}, {@code end}…). */
    private Found find(UserRef user, String id, boolean mustRun, String doing) {
        Texts texts = languages.of(user);
        Optional<Challenge> c = challenges.find(user.tenant(), id);
        Optional<Team> team = c.flatMap(found -> teams.find(user.tenant(), found.teamId()));
        if (team.isEmpty()) {
            return Found.refused(texts.get("challenge.none", Markdown.literal(id)));
        }
        boolean runs = roles.runs(user, team.get());
        if (!runs && (mustRun || !teams.isMember(team.get(), user.userId()))) {
            return Found.refused(teams.isMember(team.get(), user.userId())
                    ? texts.get("running.onlyLeads." + doing, team.get().mention())
                    : texts.get("challenge.none", Markdown.literal(id)));
        }
        if (mustRun && c.get().finished()) {
            return Found.refused(texts.get(c.get().cancelled() ? "running.alreadyCancelled" : "running.alreadyEnded",
                    Markdown.literal(c.get().title()), id));
        }
        return new Found(c.get(), team.get(), null, texts);
    }

    public Message status(UserRef user, String id) {
        Found found = find(user, id, false, "see");
        if (found.refusal() != null) {
            return found.refusal();
        }
        Challenge c = found.challenge();
        return board.status(c, challenges.progress(c), calendar.learningDay(found.team().zone()), found.texts());
    }

    public Message end(UserRef user, String id) {
        Found found = find(user, id, true, "end");
        if (found.refusal() != null) {
            return found.refusal();
        }
        Texts texts = found.texts();
        if (!boards.close(found.challenge(), found.team(), ChallengeBoard.State.ENDED)) {
            return Message.text(texts.get("running.closing", Markdown.literal(found.challenge().title())));
        }
        return Message.text(texts.get("running.ended", Markdown.literal(found.challenge().title()), found.team().mention()));
    }

    /** Without {@code confirmed}: asks first, with buttons (or {@code challenge cancel c3 confirm}). */
    public Message cancel(UserRef user, String id, boolean confirmed) {
        Found found = find(user, id, true, "cancel");
        if (found.refusal() != null) {
            return found.refusal();
        }
        Texts texts = found.texts();
        String title = Markdown.literal(found.challenge().title());
        if (!confirmed) {
            return Message.builder(texts.get("running.cancelFallback", id))
                    .text(texts.get("running.cancelAsk", title, found.team().mention(), id))
                    .buttons(new Button(CONFIRM_CANCEL, texts.get("running.cancelButton"), id, Block.Style.DANGER),
                            new Button(KEEP, texts.get("running.keepButton"), id, Block.Style.DEFAULT))
                    .build();
        }
        if (!boards.close(found.challenge(), found.team(), ChallengeBoard.State.CANCELLED)) {
            return Message.text(texts.get("running.closing", title));
        }
        return Message.text(texts.get("running.cancelled", title, found.team().mention()));
    }

    public Message kept(UserRef user, String id) {
        return Message.text(languages.of(user).get("running.kept", Markdown.literal(id)));
    }

    /** Opens the edit form (or, where forms need a click, its launcher). */
    public void openEdit(UserRef user, String id, Responder responder) {
        Found found = find(user, id, true, "edit");
        if (found.refusal() != null) {
            responder.reply(found.refusal());
            return;
        }
        responder.openForm(ChallengeForm.editForm(found.challenge(), found.texts()),
                ChallengeForm.editLauncher(found.challenge(), found.texts()));
    }

    /** Saves a submitted edit form and edits the board in place (at once, or within seconds when it was just edited). */
    public ChallengeCommands.Outcome submitEdit(FormSubmitted form) {
        Found found = find(form.user(), form.context() == null ? "" : form.context(), true, "edit");
        if (found.refusal() != null) {
            return new ChallengeCommands.Outcome(false, found.refusal(), null);
        }
        Challenge c = found.challenge();
        Texts texts = found.texts();
        ChallengeForm.Draft draft = ChallengeForm.readEdit(form.values(), c, calendar.learningDay(found.team().zone()),
                texts);
        if (!draft.ok()) {
            return new ChallengeCommands.Outcome(false, Message.text(draft.refusal(false, "challenge edit " + c.id())),
                    draft.field());
        }
        challenges.edit(c, draft.title(), draft.description(), draft.goal(), draft.target(), draft.end());
        challenges.find(c.tenant(), c.id()).ifPresent(edited -> boards.refresh(edited, found.team()));
        return new ChallengeCommands.Outcome(true, Message.text(texts.get("running.saved", Markdown.literal(draft.title()),
                c.id(), Markdown.literal(draft.goal()), Challenge.count(draft.target(), c.unit(), texts),
                draft.end().toString(), found.team().mention())), null);
    }
}
