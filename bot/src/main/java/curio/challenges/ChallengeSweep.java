package curio.challenges;

import curio.chat.TenantId;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.learners.LocalCalendar;
import curio.store.SweepLeases;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every 15 seconds, on one replica: edits the progress boards that changed ({@link ChallengeBoards}:
 * at most one edit per board every 10 s), closes challenges whose end date has passed in the team's
 * time zone with a summary in the channel, and tells leads who finished ({@link FinisherNews}).
 */
@Singleton
public class ChallengeSweep {

    private static final Logger LOG = LoggerFactory.getLogger(ChallengeSweep.class);

    private final ChallengeStore challenges;
    private final ChallengeBoards boards;
    private final FinisherNews news;
    private final TeamStore teams;
    private final LocalCalendar calendar;
    private final SweepLeases leases;

    public ChallengeSweep(ChallengeStore challenges, ChallengeBoards boards, FinisherNews news, TeamStore teams,
                          LocalCalendar calendar, SweepLeases leases) {
        this.challenges = challenges;
        this.boards = boards;
        this.news = news;
        this.teams = teams;
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
        news.tellLeads();
    }

    private void sweep(Challenge c) {
        Optional<Team> team = teams.find(c.tenant(), c.teamId());
        if (team.isEmpty() || c.finished()) {
            challenges.finish(c);
            return;
        }
        if (calendar.learningDay(team.get().zone()).isAfter(c.end())) {
            boards.close(c, team.get(), ChallengeBoard.State.ENDED);
        } else {
            boards.refresh(c, team.get());
        }
    }
}
