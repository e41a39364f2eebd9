package curio.challenges;

import curio.chat.UserRef;
import curio.leads.Team;
import curio.leads.TeamStore;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which challenges a person can see (those of the teams whose channel they are in) and has
 * joined, and the check-ins they tag with one.
 */
@Singleton
public class ChallengeMembers {

    private final ChallengeStore challenges;
    private final TeamStore teams;

    public ChallengeMembers(ChallengeStore challenges, TeamStore teams) {
        this.challenges = challenges;
        this.teams = teams;
    }

    public List<Challenge> visibleTo(UserRef user) {
        Set<String> myTeams = teams.teamsOf(user).stream().map(Team::id).collect(Collectors.toSet());
        return challenges.all(user.tenant()).stream().filter(c -> myTeams.contains(c.teamId())).toList();
    }

    public Optional<Challenge> visible(UserRef user, String id) {
        return challenges.find(user.tenant(), id)
                .filter(c -> teams.find(user.tenant(), c.teamId()).filter(t -> teams.isMember(t, user.userId())).isPresent());
    }

    /** The running challenges the learner joined, for the daily check-in. */
    public List<Challenge> joinedRunning(UserRef user, LocalDate day) {
        return visibleTo(user).stream()
                .filter(c -> !c.finished() && c.runsOn(day) && challenges.joined(c, user.userId())).toList();
    }

    /**
     * Counts a check-in tagged with a challenge. Returns a line for the reply, or a message saying
     * why it did not count.
     */
    public String tag(UserRef user, String challengeId, LocalDate day) {
        Optional<Challenge> found = visible(user, challengeId);
        if (found.isEmpty()) {
            return "There's no challenge " + challengeId + " in your teams, so only your streak counted it.";
        }
        Challenge c = found.get();
        if (!c.runsOn(day) || c.finished()) {
            return "*" + c.title() + "* runs " + c.dates() + ", so this check-in did not count for it.";
        }
        return challenges.record(c, user, day)
                .map(count -> "🏆 " + c.title() + ": " + Math.min(count, c.target()) + "/" + c.target() + " "
                        + c.unit().label() + (count == c.target() ? ". You finished it! 🎉" : "."))
                .orElse("You haven't joined *" + c.title() + "*: `challenge join " + c.id() + "` first.");
    }
}
