package curio.challenges;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.Markdown;
import curio.chat.Mentions;
import curio.chat.Message;
import curio.chat.UserRef;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one message per challenge in the team channel: what it is, a Join button and the progress
 * of members who share (others are counted, not named). Edited in place, never reposted; once
 * closed it says whether it ended (and who finished) or was cancelled.
 */
@Singleton
public class ChallengeBoard {

    public static final String JOIN = "challenge.join";
    static final int SHOWN = 10;
    private final LearnerStore learners;

    /** Where a challenge stands, as its board shows it. */
    public enum State {
        OPEN, ENDED, CANCELLED
    }

    public ChallengeBoard(LearnerStore learners) {
        this.learners = learners;
    }

    /** A member who shares, with their progress. */
    record Sharer(String name, int count) {
    }

    /** The members of {@code progress} who share, most progress first, and how many others there are. */
    record Members(List<Sharer> sharing, int hidden, long finished) {
    }

    Members members(Challenge c, Map<String, Integer> progress) {
        List<Sharer> sharing = new ArrayList<>();
        progress.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> learners.find(new UserRef(c.tenant(), entry.getKey())).filter(Learner::sharing)
                        .ifPresent(learner -> sharing.add(new Sharer(learner.name(), Math.min(entry.getValue(), c.target())))));
        long finished = progress.values().stream().filter(p -> p >= c.target()).count();
        return new Members(sharing, progress.size() - sharing.size(), finished);
    }

    public Message render(Challenge c, Map<String, Integer> progress, State state) {
        String title = "Challenge " + c.id() + ": " + Markdown.literal(c.title());
        Message.Builder board = Message.builder(title)
                .text((state == State.CANCELLED ? "🚫 *" + title + "* (cancelled)" : "🏆 *" + title + "*")
                        + (c.description().isEmpty() ? "" : "\n" + Markdown.literal(c.description()))
                        + "\n*Goal:* " + Markdown.literal(c.goal()) + " (" + c.targetText() + ", " + c.dates() + ")");
        Members members = members(c, progress);
        members.sharing().stream().limit(SHOWN)
                .forEach(s -> board.add(new Block.Progress(Markdown.literal(s.name()), s.count(), c.target())));
        int moreSharing = Math.max(0, members.sharing().size() - SHOWN);
        board.context(progress.size() + " joined · " + members.finished() + " finished"
                + (moreSharing > 0 ? " · " + moreSharing + " more who share (the board shows " + SHOWN + ")" : "")
                + (members.hidden() > 0 ? " · " + members.hidden() + " not shown (sharing off)" : "")
                + " · led by " + Mentions.user(c.lead())
                + switch (state) {
                    case OPEN -> " · tag a check-in: `tried " + c.id() + ": what you did` (one a day counts)";
                    case ENDED -> " · ended";
                    case CANCELLED -> " · cancelled";
                });
        switch (state) {
            case OPEN -> board.buttons(new Button(JOIN, "Join", c.id(), Block.Style.PRIMARY));
            case ENDED -> board.text("🏁 *This challenge has ended.* " + finishers(c, progress));
            case CANCELLED -> board.text("🚫 *This challenge was cancelled* by its lead; check-ins no longer count for it.");
        }
        return board.build();
    }

    /** "1 of 2 finished (50%). 🎉 Well done mia!": finishers who share are named. */
    private String finishers(Challenge c, Map<String, Integer> progress) {
        if (progress.isEmpty()) {
            return "Nobody joined this time.";
        }
        Members members = members(c, progress);
        long rate = Math.round(100.0 * members.finished() / progress.size());
        String names = members.sharing().stream().filter(s -> s.count() >= c.target()).map(Sharer::name).sorted()
                .map(Markdown::literal).collect(Collectors.joining(", "));
        return members.finished() + " of " + progress.size() + " finished (" + rate + "%)."
                + (names.isEmpty() ? "" : " 🎉 Well done " + names + "!");
    }

    public Message summary(Challenge c, Map<String, Integer> progress) {
        if (progress.isEmpty()) {
            return Message.text("🏁 *" + Markdown.literal(c.title()) + "* has ended. Nobody joined this time. Thank you "
                    + Mentions.user(c.lead()) + " for putting it up!");
        }
        return Message.text("🏁 *" + Markdown.literal(c.title()) + "* has ended: " + finishers(c, progress)
                + "\nThank you " + Mentions.user(c.lead()) + " for running it!");
    }

    /** {@code challenge status}: the board's figures now, days left, and every sharing member's progress. */
    public Message status(Challenge c, Map<String, Integer> progress, java.time.LocalDate today, Texts texts) {
        Members members = members(c, progress);
        String days = texts.get("plural.days", c.daysLeft(today));
        String when = c.cancelled() ? texts.get("status.cancelled") : c.finished() || c.daysLeft(today) == 0
                ? texts.get("status.ended") : today.isBefore(c.start()) ? texts.get("status.startsIn", c.start().toString(), days)
                : texts.get("status.daysLeft", days);
        StringBuilder out = new StringBuilder(texts.get("status.head", c.id(), Markdown.literal(c.title()), c.dates(), when,
                Markdown.literal(c.goal()), c.targetText(texts), progress.size(), members.finished()));
        members.sharing().forEach(s -> out.append("\n- ").append(Markdown.literal(s.name())).append(": ").append(s.count())
                .append('/').append(c.target()).append(s.count() >= c.target() ? " ✅" : ""));
        if (members.hidden() > 0) {
            out.append("\n").append(texts.get("status.hidden", members.hidden()));
        }
        return Message.text(out.toString());
    }
}
