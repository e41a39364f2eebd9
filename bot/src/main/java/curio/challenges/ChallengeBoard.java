package curio.challenges;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.Markdown;
import curio.chat.Mentions;
import curio.chat.Message;
import curio.chat.UserRef;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one message per challenge in the team channel: what it is, a Join button and the progress
 * of members who share (others are counted, not named). Edited in place, never reposted.
 */
@Singleton
public class ChallengeBoard {

    public static final String JOIN = "challenge.join";
    static final int SHOWN = 10;
    private final LearnerStore learners;

    public ChallengeBoard(LearnerStore learners) {
        this.learners = learners;
    }

    public Message render(Challenge c, Map<String, Integer> progress, boolean open) {
        String title = "Challenge " + c.id() + ": " + Markdown.literal(c.title());
        Message.Builder board = Message.builder(title)
                .text("🏆 *" + title + "*" + (c.description().isEmpty() ? "" : "\n" + Markdown.literal(c.description()))
                        + "\n*Goal:* " + Markdown.literal(c.goal()) + " (" + c.target() + " " + c.unit().label() + ", "
                        + c.dates() + ")");
        long finished = progress.values().stream().filter(p -> p >= c.target()).count();
        int[] shown = {0};
        int[] hidden = {0};
        progress.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> {
                    Optional<Learner> learner = learners.find(new UserRef(c.tenant(), entry.getKey()));
                    if (learner.isPresent() && learner.get().sharing() && shown[0] < SHOWN) {
                        shown[0]++;
                        board.add(new Block.Progress(Markdown.literal(learner.get().name()),
                                Math.min(entry.getValue(), c.target()), c.target()));
                    } else {
                        hidden[0]++;
                    }
                });
        board.context(progress.size() + " joined · " + finished + " finished"
                + (hidden[0] > 0 ? " · " + hidden[0] + " not shown (sharing off)" : "")
                + " · led by " + Mentions.user(c.lead())
                + (open ? " · tag a check-in: `tried " + c.id() + ": what you did`" : " · ended"));
        if (open) {
            board.buttons(new Button(JOIN, "Join", c.id(), Block.Style.PRIMARY));
        }
        return board.build();
    }

    public Message summary(Challenge c, Map<String, Integer> progress) {
        if (progress.isEmpty()) {
            return Message.text("🏁 *" + Markdown.literal(c.title()) + "* has ended. Nobody joined this time. Thank you "
                    + Mentions.user(c.lead()) + " for putting it up!");
        }
        long finished = progress.values().stream().filter(p -> p >= c.target()).count();
        long rate = Math.round(100.0 * finished / progress.size());
        String sharers = progress.entrySet().stream().filter(e -> e.getValue() >= c.target())
                .map(e -> learners.find(new UserRef(c.tenant(), e.getKey())))
                .flatMap(Optional::stream).filter(Learner::sharing).map(Learner::name).sorted().map(Markdown::literal)
                .collect(Collectors.joining(", "));
        return Message.text("🏁 *" + Markdown.literal(c.title()) + "* has ended: " + finished + " of " + progress.size()
                + " finished (" + rate + "%)." + (sharers.isEmpty() ? "" : " 🎉 Well done " + sharers + "!")
                + "\nThank you " + Mentions.user(c.lead()) + " for running it!");
    }
}
