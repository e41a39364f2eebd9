package curio.leads;

import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.UserRef;
import curio.content.ContentPackException.Problem;
import curio.content.ContentReloads;
import curio.content.ContentReport;
import jakarta.inject.Singleton;
import java.util.List;

/** {@code admin content reload}: an admin has the content packs read again and sees what loaded and what did not. */
@Singleton
public class ContentAdmin {

    static final int MAX_LISTED = 20;
    private final Roles roles;
    private final ContentReloads reloads;

    public ContentAdmin(Roles roles, ContentReloads reloads) {
        this.roles = roles;
        this.reloads = reloads;
    }

    public Message reload(UserRef admin) {
        if (!roles.isAdmin(admin)) {
            return Message.text("Only workspace admins can reload the content packs.");
        }
        ContentReport report = reloads.reload();
        String served = "*" + report.packs() + "* packs, *" + report.tracks() + "* tracks, *" + report.prompts() + "* prompts";
        if (report.kept()) {
            return Message.text("⚠️ I couldn't read the content folder, so I kept the packs loaded before (" + served + "):\n"
                    + list(report.problems()));
        }
        String loaded = "Content reloaded: " + served + ". Other Curio replicas, if any, follow within 15 seconds.";
        if (report.problems().isEmpty()) {
            return Message.text(loaded + "\nNo problems found.");
        }
        return Message.text(loaded + "\n*" + report.skipped() + (report.skipped() == 1 ? " pack" : " packs")
                + " skipped* for these problems (fix them and reload again):\n" + list(report.problems()));
    }

    private static String list(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        problems.stream().limit(MAX_LISTED).forEach(p -> out.append("- ").append(Markdown.literal(p.toString())).append('\n'));
        if (problems.size() > MAX_LISTED) {
            out.append("- …and ").append(problems.size() - MAX_LISTED).append(" more; the log lists them all.\n");
        }
        return out.toString().stripTrailing();
    }
}
