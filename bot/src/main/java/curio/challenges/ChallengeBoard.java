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

    /** The board in {@code texts}' language: its team's. */
    public Message render(Challenge c, Map<String, Integer> progress, State state, Texts texts) {
        String title = texts.get("board.title", c.id(), Markdown.literal(c.title()));
        Message.Builder board = Message.builder(title)
                .text(texts.get(state == State.CANCELLED ? "board.headCancelled" : "board.head", title)
                        + (c.description().isEmpty() ? "" : "\n" + Markdown.literal(c.description()))
                        + texts.get("board.goal", Markdown.literal(c.goal()), c.targetText(texts), c.dates()));
        Members members = members(c, progress);
        members.sharing().stream().limit(SHOWN)
                .forEach(s -> board.add(new Block.Progress(Markdown.literal(s.name()), s.count(), c.target())));
        int moreSharing = Math.max(0, members.sharing().size() - SHOWN);
        board.context(texts.get("board.joined", progress.size(), members.finished())
                + (moreSharing > 0 ? texts.get("board.moreSharing", moreSharing, SHOWN) : "")
                + (members.hidden() > 0 ? texts.get("board.hidden", members.hidden()) : "")
                + texts.get("board.ledBy", Mentions.user(c.lead()))
                + texts.get("board.state." + state.name(), c.id()));
        switch (state) {
            case OPEN -> board.buttons(new Button(JOIN, texts.get("board.join"), c.id(), Block.Style.PRIMARY));
            case ENDED -> board.text(texts.get("board.ended", finishers(c, progress, texts)));
            case CANCELLED -> board.text(texts.get("board.cancelled"));
        }
        return board.build();
    }

    /** "1 of 2 finished (50%). 🎉 Well done mia!": finishers who share are named. */
    private String finishers(Challenge c, Map<String, Integer> progress, Texts texts) {
        if (progress.isEmpty()) {
            return texts.get("board.nobody");
        }
        Members members = members(c, progress);
        long rate = Math.round(100.0 * members.finished() / progress.size());
        String names = members.sharing().stream().filter(s -> s.count() >= c.target()).map(Sharer::name).sorted()
                .map(Markdown::literal).collect(Collectors.joining(", "));
        return texts.get("board.finished", members.finished(), progress.size(), rate)
                + (names.isEmpty() ? "" : texts.get("board.wellDone", names));
    }

    /** The summary posted in the team's channel when a challenge ends, in {@code texts}' language. */
    public Message summary(Challenge c, Map<String, Integer> progress, Texts texts) {
        if (progress.isEmpty()) {
            return Message.text(texts.get("board.summaryNobody", Markdown.literal(c.title()), Mentions.user(c.lead())));
        }
        return Message.text(texts.get("board.summary", Markdown.literal(c.title()), finishers(c, progress, texts),
                Mentions.user(c.lead())));
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
