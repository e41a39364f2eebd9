package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import curio.chat.Block;
import curio.chat.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Slack's limits: a section holds 3,000 characters, a message 50 blocks; Curio's output must fit. */
class SlackRendererLimitsTest {

    /** About what {@code export} sends a learner with a long history: 20 KB of JSON in a code block. */
    static String export() {
        String json = IntStream.range(0, 450).mapToObj(i -> "  {\"day\": \"2026-01-" + (i % 28 + 1) + "\", \"tried\": \"entry " + i + "\"},")
                .collect(Collectors.joining("\n"));
        return "Here is everything I hold about you:\n```\n[\n" + json + "\n]\n```";
    }

    private static List<String> sectionTexts(List<LayoutBlock> blocks) {
        List<String> texts = new ArrayList<>();
        for (LayoutBlock b : blocks) {
            texts.add(((SectionBlock) b).getText().getText());
        }
        return texts;
    }

    @Test
    void anExportOfTwentyKilobytesBecomesSectionsOfAtMost3000CharactersCutAtLines() {
        String export = export();
        assertTrue(export.length() > 20_000, "length " + export.length());
        List<String> sections = sectionTexts(SlackRenderer.render(List.of(new Block.Text(export))));
        assertTrue(sections.size() >= 7, "sections " + sections.size());
        for (String section : sections) {
            assertTrue(section.length() <= 3000, "length " + section.length());
            assertEquals(0, section.split("```", -1).length % 2 - 1, "each section opens and closes its code block: " + section);
        }
        String joined = String.join("\n", sections).replace("\n```\n```", "");
        assertEquals(export.replace("<", "&lt;").replace(">", "&gt;"), joined, "nothing lost, only fences added");
    }

    @Test
    void oneOverlongLineIsCutHard() {
        List<String> sections = SlackSections.split("x".repeat(7000));
        assertTrue(sections.size() >= 3);
        assertTrue(sections.stream().allMatch(s -> s.length() <= 3000));
        assertEquals("x".repeat(7000), String.join("", sections));
    }

    @Test
    void aMessageOfMoreThan50BlocksIsClippedWithAClosingLine() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            blocks.add(new Block.Text("line " + i));
        }
        List<LayoutBlock> rendered = SlackRenderer.render(blocks);
        assertEquals(50, rendered.size());
        ContextBlock last = (ContextBlock) rendered.get(49);
        assertEquals(SlackRenderer.CLIPPED, ((MarkdownTextObject) last.getElements().get(0)).getText());
        assertEquals("line 48", ((SectionBlock) rendered.get(48)).getText().getText());
        assertEquals(70, SlackRenderer.render(blocks, SlackRenderer.MAX_VIEW_BLOCKS).size(), "a view holds 100");
    }

    @Test
    void theTextFallbackKeepsTheWordsWithoutButtons() {
        Message quiz = Message.builder("Quiz").text("*Which* one?").add(new Block.Choice("q", "Pick",
                List.of(new Block.Option("A", "a"), new Block.Option("B", "b")))).context("hint <3").build();
        assertEquals("*Which* one?\nPick\nhint &lt;3", SlackRenderer.plainText(quiz));
    }
}
