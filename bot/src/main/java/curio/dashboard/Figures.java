package curio.dashboard;

import java.util.List;

/**
 * Every figure the dashboard shows, as its JSON API answers them and its CSV lists them ({@link FiguresCsv}).
 *
 * @param teams        the teams this viewer may pick, the ones in scope marked
 * @param learningDays learners who learned on each of the last {@value WorkspaceFigures#DAYS} days, oldest first
 * @param streaks      how many learners hold a current streak of each length bucket
 */
public record Figures(String workspace, String asOf, List<Team> teams, Learners learners, List<DayCount> learningDays,
                      List<Bucket> streaks, CheckInRate checkInRate, List<TrackAccuracy> quizAccuracy,
                      List<ChallengeProgress> challenges, List<TrackUse> topTracks) {

    public record Team(String id, String name, boolean inScope) {}

    /** Enrolled learners (not stopped), and those with a learning day in the last 7 and 30 days. */
    public record Learners(int enrolled, int active7, int active30) {}

    public record DayCount(String day, int learners) {}

    public record Bucket(String streak, int learners) {}

    /** Working days of the last 30 with a check-in, out of the working days learners were enrolled. */
    public record CheckInRate(int days, int checkInDays, int workingDays, double rate) {}

    public record TrackAccuracy(String track, int answered, int right, double accuracy) {}

    /** {@code completed}: joined members who reached the target; {@code progress}: their mean share of it. */
    public record ChallengeProgress(String id, String title, String team, String start, String end, int target,
                                    String unit, String status, int joined, int completed, double completion,
                                    double progress) {}

    /** Prompts done (tips, tries, quizzes, reflections) in a track in the last 30 days, and by how many learners. */
    public record TrackUse(String track, int prompts, int learners) {}
}
