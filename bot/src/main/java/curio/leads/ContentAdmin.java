package curio.leads;

import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.UserRef;
import curio.content.ContentPackException.Problem;
import curio.content.ContentReloads;
import curio.content.ContentReport;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.util.List;

/** {@code admin content reload}: an admin has the content packs read again and sees what loaded and what did not. */
@Singleton
public class ContentAdmin {

    static final int MAX_LISTED = 20;
    private final Roles roles;
    private final ContentReloads reloads;

    private final Languages languages;

    public ContentAdmin(Roles roles, ContentReloads reloads, Languages languages) {
        this.languages = languages;
        this.roles = roles;
        this.reloads = reloads;
    }

    public Message reload(UserRef admin) {
        Texts texts = languages.of(admin);
        if (!roles.isAdmin(admin)) {
            return Message.text(texts.get("content.onlyAdmins"));
        }
        ContentReport report = reloads.reload();
        String served = texts.get("content.served", report.packs(), report.tracks(), report.prompts());
        if (report.kept()) {
            return Message.text(texts.get("content.kept", served) + "\n" + list(report.problems(), texts));
        }
        String loaded = texts.get("content.reloaded", served);
        if (report.problems().isEmpty()) {
            return Message.text(loaded + "\n" + texts.get("content.noProblems"));
        }
        return Message.text(loaded + "\n" + texts.get("content.skipped", report.skipped()) + "\n"
                + list(report.problems(), texts));
    }

    private static String list(List<Problem> problems, Texts texts) {
        StringBuilder out = new StringBuilder();
        problems.stream().limit(MAX_LISTED).forEach(p -> out.append("- ").append(Markdown.literal(p.toString())).append('\n'));
        if (problems.size() > MAX_LISTED) {
            out.append(texts.get("content.more", problems.size() - MAX_LISTED)).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
