package curio.conversation;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.Message;
import curio.content.PromptSelector.AllSeen;
import curio.content.Track;
import curio.words.Texts;
import java.util.List;
import java.util.stream.Collectors;

/** What Curio says once a learner has seen every prompt of their topics: so, and which topics hold more. */
final class AllSeenMessages {

    /** Topics offered as buttons at most; {@code topics} lists them all. */
    static final int MAX_OFFERED = 5;

    private AllSeenMessages() {
    }

    static Message offer(Texts texts, AllSeen seen) {
        String topics = seen.topics().stream().map(Track::name).collect(Collectors.joining(", "));
        String reviews = texts.get("allSeen.reviews");
        if (seen.more().isEmpty()) {
            return Message.builder(texts.get("allSeen.everything.title"))
                    .text(texts.get("allSeen.everything.text", seen.prompts(), reviews))
                    .build();
        }
        List<Button> buttons = seen.more().stream().limit(MAX_OFFERED)
                .map(track -> new Button(ActionIds.ADD_TOPIC, texts.get("allSeen.add", track.name()), track.id())).toList();
        return Message.builder(texts.get("allSeen.topics.title"))
                .text(texts.get("allSeen.topics.text", seen.prompts(), topics,
                        seen.more().stream().map(t -> "`" + t.id() + "`").collect(Collectors.joining(", ")), reviews))
                .add(new Block.Buttons(buttons))
                .build();
    }
}
