package curio.challenges;

import curio.chat.Markdown;
import curio.chat.UserRef;
import curio.leads.Team;
import curio.leads.TeamRosters;
import curio.leads.TeamStore;
import curio.learners.LocalCalendar;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    private final TeamRosters rosters;
    private final LocalCalendar calendar;

    public ChallengeMembers(ChallengeStore challenges, TeamStore teams, TeamRosters rosters, LocalCalendar calendar) {
        this.challenges = challenges;
        this.teams = teams;
        this.rosters = rosters;
        this.calendar = calendar;
    }

    /** Today in the challenge's team: challenge dates are the team's dates. */
    public LocalDate teamDay(Challenge c) {
        return teams.find(c.tenant(), c.teamId()).map(t -> calendar.learningDay(t.zone()))
                .orElseGet(() -> LocalDate.now(calendar.clock()));
    }

    public List<Challenge> visibleTo(UserRef user) {
        Set<String> myTeams = teams.teamsOf(user).stream().map(Team::id).collect(Collectors.toSet());
        return challenges.all(user.tenant()).stream().filter(c -> myTeams.contains(c.teamId())).toList();
    }

    /** The challenge, if it belongs to a team whose channel the user is in (the roster is re-read once if not). */
    public Optional<Challenge> visible(UserRef user, String id) {
        return visibleWithTeam(user, id).map(Visible::challenge);
    }

    private record Visible(Challenge challenge, Team team) {
    }

    private Optional<Visible> visibleWithTeam(UserRef user, String id) {
        return challenges.find(user.tenant(), id).flatMap(c -> teams.find(user.tenant(), c.teamId())
                .filter(t -> teams.isMember(t, user.userId()) || rosters.refresh(t) && teams.isMember(t, user.userId()))
                .map(t -> new Visible(c, t)));
    }

    /** The running challenges the learner joined, for the daily check-in (each by its team's date). */
    public List<Challenge> joinedRunning(UserRef user) {
        return visibleTo(user).stream()
                .filter(c -> !c.finished() && c.runsOn(teamDay(c)) && challenges.joined(c, user.userId())).toList();
    }

    /**
     * What a tagged check-in did: {@code reply} for the learner, and for a check-in that counted (the
     * first of its learning day), the line the team's thread shows with it, by team id.
     */
    public record Tagged(String reply, Map<String, String> feedNotes) {
        static Tagged only(String reply) {
            return new Tagged(reply, Map.of());
        }
    }

    /**
     * Counts a check-in tagged with a challenge, at most once per learning day. The learner's reply is
     * in their language ({@code texts}); the line for the team's thread in the team's language, as the thread is.
     */
    public Tagged tag(UserRef user, String challengeId, Texts texts) {
        Optional<Visible> found = visibleWithTeam(user, challengeId);
        if (found.isEmpty()) {
            return Tagged.only(texts.get("challengeTag.none", Markdown.literal(challengeId)));
        }
        Challenge c = found.get().challenge();
        String title = Markdown.literal(c.title());
        LocalDate day = calendar.learningDay(found.get().team().zone());
        if (!c.runsOn(day) || c.finished()) {
            return Tagged.only(c.finished() ? texts.get("challengeTag.ended", title)
                    : texts.get("challengeTag.notRunning", title, c.dates()));
        }
        Optional<ChallengeStore.Counted> counted = challenges.record(c, user, day);
        if (counted.isEmpty()) {
            return Tagged.only(texts.get("challengeTag.notJoined", title, c.id()));
        }
        int count = Math.min(counted.get().count(), c.target());
        String progress = texts.get("challengeTag.progress", title, count, c.target(),
                texts.get("challengeUnit." + c.unit().name(), c.target()));
        if (!counted.get().now()) {
            return Tagged.only(texts.get("challengeTag.alreadyToday", progress));
        }
        boolean done = counted.get().count() == c.target();
        Texts team = Texts.in(found.get().team().language());
        String feed = team.get("challengeTag.progress", title, count, c.target(),
                team.get("challengeUnit." + c.unit().name(), c.target()));
        return new Tagged(texts.get(done ? "challengeTag.finished" : "challengeTag.counted", progress),
                Map.of(c.teamId(), feed + (done ? team.get("challengeTag.teamFinished") : "")));
    }
}
