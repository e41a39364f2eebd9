package curio.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.ChatFile;
import curio.chat.Message;
import curio.learners.Learner;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code export} answers: a short message with two files, the summary as Markdown and the data as
 * JSON; when the platform refuses the files, the summary itself in chat with a line saying so.
 */
@Singleton
public class ExportMessages {

    public static final String MARKDOWN = "text/markdown";
    public static final String JSON = "application/json";

    private final ExportReader reader;
    private final ObjectMapper json;

    public ExportMessages(ExportReader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
    }

    /** The export of a learner on {@code today}, their learning day. */
    public Message export(Learner learner, LocalDate today) {
        LearnerExport export = reader.read(learner, today);
        String name = "curio-export-" + export.exportedAt().toLocalDate();
        List<ChatFile> files = List.of(
                new ChatFile(name + ".md", MARKDOWN, ExportSummary.write(export, SummaryDialect.FILE).getBytes(StandardCharsets.UTF_8)),
                new ChatFile(name + ".json", JSON, ExportJson.write(export, json)));
        Texts texts = Texts.in(learner.language());
        String couldNot = texts.get("export.couldNotAttach");
        Message unattached = Message.builder(couldNot).text(couldNot)
                .text(ExportSummary.write(export, SummaryDialect.CHAT)).build();
        return Message.text(texts.get("export.text", name)).withFiles(files, unattached);
    }
}
