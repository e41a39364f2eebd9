package curio.conversation;

import curio.chat.Markdown;
import curio.chat.Message;
import curio.conversation.CommandTable.Row;
import curio.conversation.CommandTable.Section;
import curio.words.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code help <command>} and {@code help <section>}: a part of the command table's help. Topics are
 * found by the English help lines (commands are English in every language) and section titles in
 * the learner's language or English; the answer is in the learner's language.
 */
final class HelpTopics {

    private static final Texts ENGLISH = Texts.in(Locale.ENGLISH);

    private HelpTopics() {
    }

    /**
     * The help lines for {@code topic} among the {@code listed} rows: a section by its title, else the
     * rows with an example that names the topic (as a phrase, then by its first word), with
     * {@code parsed}, the row of what the topic says as a command, first.
     */
    static Message answer(String topic, List<Row<?>> listed, Row<?> parsed, Texts texts) {
        String wanted = topic.strip().toLowerCase(Locale.ROOT).replaceAll("[`/]", "").replaceAll("\\s+", " ");
        for (Section section : Section.values()) {
            if (section != Section.NONE && (section.title(texts).equalsIgnoreCase(wanted)
                    || section.title(ENGLISH).equalsIgnoreCase(wanted))) {
                return page(texts, section.title(texts), listed.stream().filter(row -> row.section() == section).toList());
            }
        }
        Set<Row<?>> found = new LinkedHashSet<>();
        if (listed.contains(parsed)) {
            found.add(parsed);
        }
        List<Row<?>> naming = naming(wanted, listed);
        found.addAll(naming.isEmpty() ? naming(wanted.split(" ")[0], listed) : naming);
        if (found.isEmpty()) {
            return unknown(texts, topic, listed);
        }
        return page(texts, "`" + Markdown.literal(wanted) + "`", new ArrayList<>(found));
    }

    private static List<Row<?>> naming(String words, List<Row<?>> listed) {
        Pattern phrase = Pattern.compile("(^|[\\s|])" + Pattern.quote(words) + "($|[\\s|:])");
        return listed.stream().filter(row -> examples(row).stream().anyMatch(e -> phrase.matcher(e).find())).toList();
    }

    /** The examples of a help line: its parts in backticks, in lower case. */
    private static List<String> examples(Row<?> row) {
        String[] parts = row.help(ENGLISH).split("`");
        List<String> examples = new ArrayList<>();
        for (int i = 1; i < parts.length; i += 2) {
            examples.add(parts[i].toLowerCase(Locale.ROOT));
        }
        return examples;
    }

    private static Message page(Texts texts, String title, List<Row<?>> rows) {
        return Message.builder(texts.get("help.page.title", Markdown.toPlain(title)))
                .text("*" + texts.get("help.page.title", title) + "*\n- "
                        + String.join("\n- ", rows.stream().map(row -> row.help(texts)).toList()))
                .context(texts.get("help.page.every"))
                .build();
    }

    private static Message unknown(Texts texts, String topic, List<Row<?>> listed) {
        Map<Section, Set<String>> verbs = new LinkedHashMap<>();
        for (Row<?> row : listed) {
            examples(row).stream().findFirst().map(example -> example.split(" ")[0])
                    .ifPresent(verb -> verbs.computeIfAbsent(row.section(), s -> new LinkedHashSet<>()).add(verb));
        }
        StringBuilder sections = new StringBuilder();
        Arrays.stream(Section.values()).filter(verbs::containsKey).forEach(section -> sections.append("\n- *")
                .append(section.title(texts)).append("*: ").append(String.join(", ", verbs.get(section))));
        return Message.builder(texts.get("help.unknown.title"))
                .text(texts.get("help.unknown.text", Markdown.literal(topic.strip()), sections.toString()))
                .build();
    }
}
