package curio.challenges;

import curio.chat.ChatAdapter;
import curio.chat.DeliveryException;
import curio.chat.SentMessage;
import curio.delivery.ChatAdapters;
import curio.leads.Team;
import curio.learners.LocalCalendar;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The boards in their channels: a changed board is edited at most once per {@link #EDIT_INTERVAL}
 * (changes in between are coalesced into the next edit, inside Slack's chat.update and Teams' edit
 * limits), and a challenge is closed once, by date or by its lead, with its final board.
 */
@Singleton
public class ChallengeBoards {

    static final Duration EDIT_INTERVAL = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(ChallengeBoards.class);

    private final ChallengeStore challenges;
    private final ChallengeBoard boards;
    private final ChatAdapters adapters;
    private final LocalCalendar calendar;

    public ChallengeBoards(ChallengeStore challenges, ChallengeBoard boards, ChatAdapters adapters, LocalCalendar calendar) {
        this.challenges = challenges;
        this.boards = boards;
        this.adapters = adapters;
        this.calendar = calendar;
    }

    /** Edits the board if it changed and its last edit is at least {@link #EDIT_INTERVAL} old. */
    public void refresh(Challenge c, Team team) {
        Optional<SentMessage> board = board(c, team);
        long since = calendar.clock().millis() - challenges.boardEditedAt(c);
        if (board.isEmpty() || !challenges.dirty(c) || since < EDIT_INTERVAL.toMillis()) {
            return;
        }
        try {
            adapters.forPlatform(c.tenant().platform()).orElseThrow()
                    .update(board.get(), boards.render(c, challenges.progress(c), ChallengeBoard.State.OPEN,
                            Texts.in(team.language())));
            challenges.boardEdited(c);
        } catch (DeliveryException e) {
            LOG.info("Could not update challenge {} in {}: {}", c.id(), c.tenant(), e.getMessage());
        }
    }

    /**
     * Closes the challenge: the final board, and for one that ended a summary in the channel. False when
     * another replica (or an earlier call) closes it. It closes even when the channel can't be written to.
     */
    public boolean close(Challenge c, Team team, ChallengeBoard.State state) {
        Optional<ChatAdapter> adapter = adapters.forPlatform(c.tenant().platform());
        if (adapter.isEmpty() || !challenges.claimFinish(c)) {
            return false;
        }
        if (state == ChallengeBoard.State.CANCELLED) {
            challenges.cancel(c);
        }
        Map<String, Integer> progress = challenges.progress(c);
        Optional<SentMessage> board = board(c, team);
        try {
            if (board.isPresent()) {
                adapter.get().update(board.get(), boards.render(c, progress, state, Texts.in(team.language())));
            }
        } catch (DeliveryException e) {
            LOG.info("Could not edit the final board of challenge {}: {}", c.id(), e.getMessage());
        }
        try {
            if (state == ChallengeBoard.State.ENDED) {
                adapter.get().send(team.channel(), boards.summary(c, progress, Texts.in(team.language())));
            }
        } catch (DeliveryException e) {
            LOG.info("Could not post the summary of challenge {}: {}", c.id(), e.getMessage());
        }
        challenges.finish(c);
        return true;
    }

    private Optional<SentMessage> board(Challenge c, Team team) {
        if (adapters.forPlatform(c.tenant().platform()).isEmpty()) {
            return Optional.empty();
        }
        return c.boardMessageId().map(id -> new SentMessage(team.channel(), id));
    }
}
