package curio.challenges;

import curio.chat.ChatAdapter;
import curio.chat.DeliveryException;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.delivery.ChatAdapters;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.learners.LocalCalendar;
import curio.store.SweepLeases;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every 15 seconds: edits the progress boards that changed (at most once a minute each: far inside
 * Slack's chat.update and Teams' edit limits) and closes
 * challenges whose end date has passed in the team's time zone with a summary in the channel.
 */
@Singleton
public class ChallengeSweep {

    static final Duration BOARD_EDIT_INTERVAL = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(ChallengeSweep.class);

    private final ChallengeStore challenges;
    private final ChallengeBoard boards;
    private final TeamStore teams;
    private final ChatAdapters adapters;
    private final LocalCalendar calendar;
    private final SweepLeases leases;

    public ChallengeSweep(ChallengeStore challenges, ChallengeBoard boards, TeamStore teams, ChatAdapters adapters,
                          LocalCalendar calendar, SweepLeases leases) {
        this.challenges = challenges;
        this.boards = boards;
        this.teams = teams;
        this.adapters = adapters;
        this.calendar = calendar;
        this.leases = leases;
    }

    /** One replica runs each tick ({@link SweepLeases}). */
    @Scheduled(fixedDelay = "15s", initialDelay = "15s")
    public void scheduledTick() {
        leases.runOnce("challenge-boards", Duration.ofSeconds(15), this::tick);
    }

    public void tick() {
        for (String open : challenges.openEverywhere()) {
            try {
                int bar = open.lastIndexOf('|');
                TenantId tenant = TenantId.parse(open.substring(0, bar));
                challenges.find(tenant, open.substring(bar + 1)).ifPresent(this::sweep);
            } catch (RuntimeException e) {
                LOG.warn("Could not sweep challenge {}: {}", open, e.getMessage());
            }
        }
    }

    private void sweep(Challenge c) {
        Optional<Team> team = teams.find(c.tenant(), c.teamId());
        Optional<ChatAdapter> adapter = adapters.forPlatform(c.tenant().platform());
        if (team.isEmpty() || c.finished()) {
            challenges.finish(c);
            return;
        }
        if (adapter.isEmpty() || c.boardMessageId().isEmpty()) {
            return;
        }
        SentMessage board = new SentMessage(team.get().channel(), c.boardMessageId().get());
        LocalDate today = calendar.learningDay(team.get().zone());
        if (today.isAfter(c.end())) {
            close(c, team.get(), adapter.get(), board);
            return;
        }
        try {
            long since = calendar.clock().millis() - challenges.boardEditedAt(c);
            if (challenges.dirty(c) && since >= BOARD_EDIT_INTERVAL.toMillis()) {
                adapter.get().update(board, boards.render(c, challenges.progress(c), true));
                challenges.boardEdited(c);
            }
        } catch (DeliveryException e) {
            LOG.info("Could not update challenge {} in {}: {}", c.id(), c.tenant(), e.getMessage());
        }
    }

    /** The final board and the summary; the challenge closes even when the board can't be edited any more. */
    private void close(Challenge c, Team team, ChatAdapter adapter, SentMessage board) {
        if (!challenges.claimFinish(c)) {
            return;
        }
        var progress = challenges.progress(c);
        try {
            adapter.update(board, boards.render(c, progress, false));
        } catch (DeliveryException e) {
            LOG.info("Could not edit the final board of challenge {}: {}", c.id(), e.getMessage());
        }
        try {
            adapter.send(team.channel(), boards.summary(c, progress));
        } catch (DeliveryException e) {
            LOG.info("Could not post the summary of challenge {}: {}", c.id(), e.getMessage());
        }
        challenges.finish(c);
    }
}
