package curio.conversation;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.Message;
import curio.content.PromptSelector.AllSeen;
import curio.content.Track;
import java.util.List;
import java.util.stream.Collectors;

/** What Curio says once a learner has seen every prompt of their topics: so, and which topics hold more. */
final class AllSeenMessages {

    /** Topics offered as buttons at most; {@code topics} lists them all. */
    static final int MAX_OFFERED = 5;

    private AllSeenMessages() {
    }

    static Message offer(AllSeen seen) {
        String topics = seen.topics().stream().map(Track::name).collect(Collectors.joining(", "));
        String reviews = "Quizzes you missed still come back for review, and `tried <what you did>` still counts your day.";
        if (seen.more().isEmpty()) {
            return Message.builder("You've seen every prompt")
                    .text("🎉 *You've seen every prompt Curio has: all " + seen.prompts() + ".* New ones arrive when "
                            + "your admin adds content packs, and I'll send them as they come. " + reviews)
                    .build();
        }
        List<Button> buttons = seen.more().stream().limit(MAX_OFFERED)
                .map(track -> new Button(ActionIds.ADD_TOPIC, "Add " + track.name(), track.id())).toList();
        return Message.builder("You've seen every prompt in your topics")
                .text("🎉 *You've seen all " + seen.prompts() + " prompts in your topics* (" + topics + "). "
                        + "Add a topic to keep going: " + seen.more().stream().map(t -> "`" + t.id() + "`")
                        .collect(Collectors.joining(", ")) + " (say `topics add <name>`, or tap one below). " + reviews)
                .add(new Block.Buttons(buttons))
                .build();
    }
}
