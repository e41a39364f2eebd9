package curio.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import curio.chat.Block;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.UnsupportedBlockException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders the neutral blocks as Block Kit. Slack wants action ids unique inside a block, so a
 * button's action id gets a {@code #n} suffix that {@link #actionId} strips from a click again.
 * Slack refuses a section over 3,000 characters and a message over 50 blocks ({@code invalid_blocks}):
 * long text becomes several sections ({@link SlackSections}), and blocks past the limit give way
 * to a closing context line saying the message was cut.
 */
final class SlackRenderer {

    private static final Pattern SUFFIX = Pattern.compile("#\\d+$");
    private static final int MAX_BUTTON_TEXT = 75;
    static final int MAX_MESSAGE_BLOCKS = 50;
    static final int MAX_VIEW_BLOCKS = 100;
    static final int MAX_MESSAGE_TEXT = 40_000;
    static final String CLIPPED = "_…the rest did not fit in one Slack message._";

    private SlackRenderer() {
    }

    /** A message's blocks, at most {@value #MAX_MESSAGE_BLOCKS}. */
    static List<LayoutBlock> render(List<Block> blocks) {
        return render(blocks, MAX_MESSAGE_BLOCKS);
    }

    /** At most {@code max} blocks; when more were rendered, the last one says the rest was cut. */
    static List<LayoutBlock> render(List<Block> blocks, int max) {
        List<LayoutBlock> out = new ArrayList<>();
        for (Block block : blocks) {
            out.addAll(render(block));
        }
        if (out.size() <= max) {
            return out;
        }
        List<LayoutBlock> clipped = new ArrayList<>(out.subList(0, max - 1));
        clipped.add(ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(CLIPPED).build())).build());
        return clipped;
    }

    /** The words of a message as mrkdwn, without buttons: the fallback when Slack refuses its blocks. */
    static String plainText(Message message) {
        StringBuilder out = new StringBuilder();
        for (Block block : message.blocks()) {
            String text = block instanceof Block.Text t ? t.markdown() : block instanceof Block.Context c ? c.markdown()
                    : block instanceof Block.Choice c ? c.question() : null;
            if (text != null) {
                out.append(out.length() == 0 ? "" : "\n").append(text);
            }
        }
        return clip(toSlack(out.length() == 0 ? message.text() : out.toString()), MAX_MESSAGE_TEXT);
    }

    /** The length of the longest markdown text among {@code blocks}, for a log line. */
    static int longestText(List<Block> blocks) {
        return blocks.stream().mapToInt(b -> b instanceof Block.Text t ? t.markdown().length()
                : b instanceof Block.Context c ? c.markdown().length() : 0).max().orElse(0);
    }

    /**
     * Slack mrkdwn ({@link Markdown#toSlack}): the engine's mentions ({@code <@U1>}, {@code <#C1>}) stay
     * mentions; every other {@code & < >}, people's words and broadcasts ({@code <!here>}) are escaped.
     */
    static String toSlack(String markdown) {
        return Markdown.toSlack(markdown);
    }

    /**
     * A message's top-level {@code text}: Slack reads it as mrkdwn and notifies from it (it is the
     * notification), so it is escaped like the blocks.
     */
    static String text(Message message) {
        return clip(toSlack(message.text()), MAX_MESSAGE_TEXT);
    }

    /** The engine's action id of a clicked Slack button. */
    static String actionId(String slackActionId) {
        return slackActionId == null ? "" : SUFFIX.matcher(slackActionId).replaceFirst("");
    }

    static MarkdownTextObject mrkdwn(String markdown) {
        return MarkdownTextObject.builder().text(toSlack(markdown)).build();
    }

    static PlainTextObject plain(String text, int max) {
        return PlainTextObject.builder().text(clip(text, max)).emoji(true).build();
    }

    private static List<LayoutBlock> render(Block block) {
        if (block instanceof Block.Text text) {
            return sections(text.markdown());
        } else if (block instanceof Block.Context context) {
            String line = clip(toSlack(context.markdown()), SlackSections.MAX_CHARS);
            return List.of(ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(line).build())).build());
        } else if (block instanceof Block.Buttons row) {
            List<BlockElement> buttons = new ArrayList<>();
            for (Block.Button b : row.buttons()) {
                buttons.add(button(b.actionId() + "#" + buttons.size(), b.label(), b.value(), b.style()));
            }
            return List.of(ActionsBlock.builder().elements(buttons).build());
        } else if (block instanceof Block.Choice choice) {
            List<BlockElement> buttons = new ArrayList<>();
            for (Block.Option option : choice.options()) {
                buttons.add(button(choice.actionId() + "#" + buttons.size(), option.label(), option.value(), Block.Style.DEFAULT));
            }
            List<LayoutBlock> out = new ArrayList<>(sections(choice.question()));
            out.add(ActionsBlock.builder().elements(buttons).build());
            return out;
        } else if (block instanceof Block.Divider) {
            return List.of(DividerBlock.builder().build());
        } else if (block instanceof Block.Progress progress) {
            return List.of(section(mrkdwn(progress(progress))));
        } else if (block instanceof Block.Heatmap heatmap) {
            return List.of(section(mrkdwn(heatmap(heatmap))));
        }
        throw new UnsupportedBlockException(Platform.SLACK, block);
    }

    private static SectionBlock section(MarkdownTextObject text) {
        return SectionBlock.builder().text(text).build();
    }

    private static List<LayoutBlock> sections(String markdown) {
        List<LayoutBlock> out = new ArrayList<>();
        for (String piece : SlackSections.split(toSlack(markdown))) {
            out.add(section(MarkdownTextObject.builder().text(piece).build()));
        }
        return out;
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    private static ButtonElement button(String actionId, String label, String value, Block.Style style) {
        ButtonElement.ButtonElementBuilder b = ButtonElement.builder().actionId(actionId)
                .text(plain(label, MAX_BUTTON_TEXT)).value(value);
        if (style == Block.Style.PRIMARY) {
            b.style("primary");
        } else if (style == Block.Style.DANGER) {
            b.style("danger");
        }
        return b.build();
    }

    static String progress(Block.Progress p) {
        int filled = p.goal() <= 0 ? 0 : Math.max(0, Math.min(10, p.done() * 10 / p.goal()));
        return "*" + p.label() + "*\n`" + "▓".repeat(filled) + "░".repeat(10 - filled) + "` " + p.done() + "/" + p.goal();
    }

    /** One row per weekday, one column per week, oldest on the left. */
    static String heatmap(Block.Heatmap h) {
        StringBuilder out = new StringBuilder("*").append(h.title()).append('*');
        LocalDate first = h.firstDay();
        for (int row = 0; row < 7; row++) {
            LocalDate rowDay = first.plusDays(row);
            out.append('\n').append(h.weekday(rowDay.getDayOfWeek(), TextStyle.NARROW)).append(' ');
            for (int week = 0; week < h.weeks(); week++) {
                out.append(h.learnedOn(rowDay.plusWeeks(week)) ? "🟩" : "⬜");
            }
        }
        return out.toString();
    }
}
