package curio.chat;

import java.util.List;

/** A learner's home: the Slack App Home tab, a Teams personal card, the web page header. */
public record HomeView(List<Block> blocks) {
    public HomeView {
        blocks = List.copyOf(blocks);
    }
}
