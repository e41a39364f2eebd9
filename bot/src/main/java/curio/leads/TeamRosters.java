package curio.leads;

import curio.chat.ChatAdapter;
import curio.chat.TenantId;
import curio.delivery.ChatAdapters;
import curio.store.Keys;
import curio.store.SweepLeases;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Keeps each team's member list close to its channel: re-read every hour, and at once when
 * someone not on the list asks for the team's challenges. People who left stop counting.
 */
@Singleton
public class TeamRosters {

    private static final Logger LOG = LoggerFactory.getLogger(TeamRosters.class);
    private final TeamStore teams;
    private final ChatAdapters adapters;
    private final UnifiedJedis redis;
    private final SweepLeases leases;

    public TeamRosters(TeamStore teams, ChatAdapters adapters, UnifiedJedis redis, SweepLeases leases) {
        this.teams = teams;
        this.adapters = adapters;
        this.redis = redis;
        this.leases = leases;
    }

    /** Re-reads the channel's members; false when the platform could not say. */
    public boolean refresh(Team team) {
        Optional<ChatAdapter> adapter = adapters.forPlatform(team.tenant().platform());
        try {
            Optional<Set<String>> members = adapter.flatMap(a -> a.members(team.channel()));
            members.ifPresent(m -> teams.replaceMembers(team, m));
            return members.isPresent();
        } catch (RuntimeException e) {
            LOG.info("Could not re-read the members of team {}: {}", team.id(), e.getMessage());
            return false;
        }
    }

    /** One replica runs each tick ({@link SweepLeases}). */
    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    public void scheduledRefreshAll() {
        leases.runOnce("team-rosters", Duration.ofHours(1), this::refreshAll);
    }

    public void refreshAll() {
        for (String tenant : redis.smembers(Keys.TENANTS)) {
            teams.all(TenantId.parse(tenant)).forEach(this::refresh);
        }
    }
}
