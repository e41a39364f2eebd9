package curio.conversation;

import curio.words.Texts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A learner command, parsed from what they typed. One grammar for every platform. */
public sealed interface Command {

    record Help(String topic) implements Command {}
    record Start() implements Command {}
    record Stop() implements Command {}
    /** {@code until} empty means until {@code resume}. */
    record Pause(Optional<LocalDate> until, Optional<Integer> days) implements Command {}
    record Resume() implements Command {}
    record SetTime(boolean prompt, LocalTime time) implements Command {}
    record SetDays(Set<DayOfWeek> days) implements Command {}
    record Topics() implements Command {}
    record AddTopic(String topic) implements Command {}
    record RemoveTopic(String topic) implements Command {}
    record Today() implements Command {}
    record Tried(String text) implements Command {}
    record Answer(String text) implements Command {}
    /** {@code checkin} alone: the check-in form, as the check-in button opens it. */
    record OpenCheckIn() implements Command {}
    /** {@code thanks}, {@code thank you}, {@code ty}: a short answer, nothing changed. */
    record Thanks() implements Command {}
    record ShowStreak() implements Command {}
    record SetGoal(String goal) implements Command {}
    record ShowGoal() implements Command {}
    record Share(boolean on) implements Command {}
    record Export() implements Command {}
    record DeleteMyData(boolean confirmed) implements Command {}
    record SetTimeZone(ZoneId zone) implements Command {}
    record ShowTimeZone() implements Command {}
    /** {@code language de}: the language Curio speaks to the learner; the handler checks the code. */
    record SetLanguage(String code) implements Command {}
    record ShowLanguage() implements Command {}
    record Settings() implements Command {}
    /** {@code growth notes}: this quarter's notes for a growth talk (a lead's also cover members who share). */
    record GrowthNotes() implements Command {}
    /** {@code team setup #channel [zone]}: the channel becomes a team (admins, or the team's leads). */
    record TeamSetup(Optional<String> channelId, Optional<ZoneId> zone) implements Command {}
    /** {@code admin leads add|remove @user #channel}. */
    record ChangeLead(boolean add, String userId, Optional<String> channelId) implements Command {}
    /** {@code team language de [#channel]}: the language of a team's channel posts; the handler checks the code. */
    record TeamLanguage(String code, Optional<String> channelId) implements Command {}
    /** {@code team goals [#channel]}: a lead reads the goals of members who share. */
    record TeamGoals(Optional<String> channelId) implements Command {}
    record NewChallenge(Optional<String> channelId) implements Command {}
    record ListChallenges() implements Command {}
    record JoinChallenge(String challengeId) implements Command {}
    record LeaveChallenge(String challengeId) implements Command {}
    /** {@code challenge status c3}: joined, progress of members who share, days left. */
    record ChallengeStatus(String challengeId) implements Command {}
    /** {@code challenge end c3}: a lead or admin ends it now. */
    record EndChallenge(String challengeId) implements Command {}
    /** {@code challenge cancel c3 [confirm]}: a lead or admin cancels it, after confirming. */
    record CancelChallenge(String challengeId, boolean confirmed) implements Command {}
    /** {@code challenge edit c3}: the new-challenge form, filled in, for its lead or an admin. */
    record EditChallenge(String challengeId) implements Command {}
    record Leaderboard() implements Command {}
    record AdminStats() implements Command {}
    /** {@code admin content reload}: read the content packs again. */
    record ReloadContent() implements Command {}

    /** {@code admin dashboard}: a single-use sign-in link to the web dashboard (admins and leads). */
    record AdminDashboard() implements Command {}
    /**
     * Input that is not a command, or a command with bad arguments: the text {@code key}, filled with
     * {@code args}, says why, in the language of whoever said it. An argument that is itself an
     * {@code Invalid} is a text of its own, said in the same language.
     */
    record Invalid(String key, List<Object> args) implements Command {
        public Invalid(String key, Object... args) {
            this(key, List.of(args));
        }

        public String reply(Texts texts) {
            return texts.get(key, args.stream().map(a -> a instanceof Invalid inner ? inner.reply(texts) : a).toArray());
        }
    }
}
