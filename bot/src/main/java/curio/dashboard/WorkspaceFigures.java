package curio.dashboard;

import curio.challenges.Challenge;
import curio.challenges.ChallengeStore;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.content.PromptSelector;
import curio.habits.AnswerLog;
import curio.leads.TeamStore;
import curio.learners.LocalCalendar;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dashboard's figures for one scope (a workspace, or some of its teams), from the learners
 * {@link ScopeReader} reads. Each learner's days are their own learning days (their zone, 03:00 rollover).
 */
@Singleton
public class WorkspaceFigures {

    /** Days in the learning-days chart. */
    static final int DAYS = 90;
    /** Days of the check-in rate and of the top tracks. */
    static final int RECENT = 30;
    static final int TOP_TRACKS = 10;
    /** Streak buckets: lower bounds, each up to the next one less one; the last is open. */
    static final int[] STREAK_BUCKETS = {0, 1, 2, 3, 7, 14, 30};

    private final ScopeReader reader;
    private final PromptLibrary library;
    private final ChallengeStore challenges;
    private final TeamStore teams;
    private final LocalCalendar calendar;

    WorkspaceFigures(ScopeReader reader, PromptLibrary library, ChallengeStore challenges, TeamStore teams,
                     LocalCalendar calendar) {
        this.reader = reader;
        this.library = library;
        this.challenges = challenges;
        this.teams = teams;
        this.calendar = calendar;
    }

    public Figures figures(Access access, Access.Scope scope) {
        List<LearnerSnapshot> learners = reader.read(scope);
        LocalDate asOf = learners.stream().map(LearnerSnapshot::today).max(Comparator.naturalOrder())
                .orElseGet(() -> calendar.learningDay(ZoneOffset.UTC));
        return new Figures(scope.tenant().key(), asOf.toString(), teamList(access, scope),
                new Figures.Learners(learners.size(), count(learners, 7), count(learners, RECENT)),
                learningDays(learners, asOf), streaks(learners), checkInRate(learners), quizAccuracy(learners),
                challenges(scope), topTracks(learners));
    }

    private List<Figures.Team> teamList(Access access, Access.Scope scope) {
        return teams.all(scope.tenant()).stream()
                .filter(team -> access.admin() || access.teams().contains(team.id()))
                .map(team -> new Figures.Team(team.id(), team.name(),
                        scope.teams().map(ids -> ids.contains(team.id())).orElse(true)))
                .toList();
    }

    private static int count(List<LearnerSnapshot> learners, int window) {
        return (int) learners.stream().filter(l -> l.activeWithin(window)).count();
    }

    private static List<Figures.DayCount> learningDays(List<LearnerSnapshot> learners, LocalDate asOf) {
        LocalDate first = asOf.minusDays(DAYS - 1L);
        int[] counts = new int[DAYS];
        for (LearnerSnapshot learner : learners) {
            for (LocalDate day : learner.days()) {
                long index = day.toEpochDay() - first.toEpochDay();
                if (index >= 0 && index < DAYS) {
                    counts[(int) index]++;
                }
            }
        }
        List<Figures.DayCount> out = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            out.add(new Figures.DayCount(first.plusDays(i).toString(), counts[i]));
        }
        return out;
    }

    private static List<Figures.Bucket> streaks(List<LearnerSnapshot> learners) {
        int[] counts = new int[STREAK_BUCKETS.length];
        for (LearnerSnapshot learner : learners) {
            int bucket = STREAK_BUCKETS.length - 1;
            while (learner.streak() < STREAK_BUCKETS[bucket]) {
                bucket--;
            }
            counts[bucket]++;
        }
        List<Figures.Bucket> out = new ArrayList<>();
        for (int i = 0; i < STREAK_BUCKETS.length; i++) {
            int from = STREAK_BUCKETS[i];
            String label = i == STREAK_BUCKETS.length - 1 ? from + "+"
                    : STREAK_BUCKETS[i + 1] - 1 == from ? Integer.toString(from) : from + "-" + (STREAK_BUCKETS[i + 1] - 1);
            out.add(new Figures.Bucket(label, counts[i]));
        }
        return out;
    }

    /** Working days of the last {@value #RECENT} (since enrolment) with a check-in, over all such working days. */
    private static Figures.CheckInRate checkInRate(List<LearnerSnapshot> learners) {
        int working = 0;
        int checkedIn = 0;
        for (LearnerSnapshot learner : learners) {
            LocalDate first = learner.today().minusDays(RECENT - 1L);
            Set<LocalDate> checkIns = new HashSet<>();
            learner.answers().stream().filter(e -> e.kind().equals(AnswerLog.CHECK_IN)).forEach(e -> checkIns.add(e.day()));
            LocalDate from = learner.enrolled().isAfter(first) ? learner.enrolled() : first;
            for (LocalDate day = from; !day.isAfter(learner.today()); day = day.plusDays(1)) {
                if (learner.learner().workingDays().contains(day.getDayOfWeek())) {
                    working++;
                    checkedIn += checkIns.contains(day) ? 1 : 0;
                }
            }
        }
        return new Figures.CheckInRate(RECENT, checkedIn, working, ratio(checkedIn, working));
    }

    private List<Figures.TrackAccuracy> quizAccuracy(List<LearnerSnapshot> learners) {
        Map<String, int[]> tracks = new TreeMap<>();
        for (LearnerSnapshot learner : learners) {
            for (AnswerLog.Entry entry : learner.answers()) {
                if (entry.kind().equals(AnswerLog.QUIZ)) {
                    int[] counts = tracks.computeIfAbsent(track(entry.prompt()), t -> new int[2]);
                    counts[0]++;
                    counts[1] += entry.text().equals(AnswerLog.RIGHT) ? 1 : 0;
                }
            }
        }
        List<Figures.TrackAccuracy> out = new ArrayList<>();
        tracks.forEach((track, c) -> out.add(new Figures.TrackAccuracy(track, c[0], c[1], ratio(c[1], c[0]))));
        return out;
    }

    private List<Figures.TrackUse> topTracks(List<LearnerSnapshot> learners) {
        Map<String, Integer> prompts = new HashMap<>();
        Map<String, Set<String>> people = new HashMap<>();
        for (LearnerSnapshot learner : learners) {
            LocalDate first = learner.today().minusDays(RECENT - 1L);
            for (AnswerLog.Entry entry : learner.answers()) {
                if (!entry.prompt().isEmpty() && !entry.day().isBefore(first)) {
                    String track = track(entry.prompt());
                    prompts.merge(track, 1, Integer::sum);
                    people.computeIfAbsent(track, t -> new HashSet<>()).add(learner.learner().user().userId());
                }
            }
        }
        return prompts.entrySet().stream()
                .map(e -> new Figures.TrackUse(e.getKey(), e.getValue(), people.get(e.getKey()).size()))
                .sorted(Comparator.comparingInt(Figures.TrackUse::prompts).reversed().thenComparing(Figures.TrackUse::track))
                .limit(TOP_TRACKS)
                .toList();
    }

    private List<Figures.ChallengeProgress> challenges(Access.Scope scope) {
        LocalDate today = calendar.learningDay(ZoneOffset.UTC);
        List<Figures.ChallengeProgress> out = new ArrayList<>();
        for (Challenge c : challenges.all(scope.tenant())) {
            if (scope.teams().map(ids -> !ids.contains(c.teamId())).orElse(false)) {
                continue;
            }
            Map<String, Integer> progress = challenges.progress(c);
            int completed = (int) progress.values().stream().filter(p -> p >= c.target()).count();
            double share = progress.values().stream().mapToDouble(p -> Math.min(p, c.target()) / (double) c.target())
                    .average().orElse(0);
            String status = c.finished() ? "finished" : today.isBefore(c.start()) ? "upcoming" : "running";
            out.add(new Figures.ChallengeProgress(c.id(), c.title(), c.teamId(), c.start().toString(), c.end().toString(),
                    c.target(), c.unit().name().toLowerCase(), status, progress.size(), completed,
                    ratio(completed, progress.size()), Math.round(share * 1000) / 1000.0));
        }
        return out;
    }

    /** A prompt's track; a teammate's check-in taken up (Try this too) counts as {@link PromptSelector#SHARED_TRACK}. */
    private String track(String promptId) {
        return library.prompt(promptId).map(Prompt::track)
                .orElse(promptId.startsWith(PromptSelector.SHARED_PREFIX) ? PromptSelector.SHARED_TRACK : "(retired)");
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
