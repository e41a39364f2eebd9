package curio.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import curio.chat.ChatFile;
import curio.chat.DeliveryException;
import curio.chat.Message;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message's files as attachments of the activity itself: each a {@code data:} URI with its media type
 * and file name. A bot needs no storage of its own for that (a FileConsentCard would upload to the
 * person's OneDrive, after a consent click, with {@code supportsFiles} in the manifest). Teams takes
 * about 100 KB per bot message, so files over {@link #MAX_BYTES} in all, or a message the Bot Connector
 * refuses (413 MessageSizeTooBig, any failure but a conversation gone), go as the message's unattached version.
 */
final class TeamsFiles {

    /** What the files may weigh in all before base64, leaving room in the 80 KB Teams recommends per message. */
    static final int MAX_BYTES = 56 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(TeamsFiles.class);

    private TeamsFiles() {
    }

    /** Sends {@code message} to {@code to}, its files attached when Teams takes them. */
    static ResourceResponse send(TeamsSender sender, TeamsRenderer renderer, ConversationReference to, Message message)
            throws DeliveryException {
        if (message.files().isEmpty()) {
            return sender.send(to, renderer.render(message, to));
        }
        int bytes = message.files().stream().mapToInt(f -> f.content().length).sum();
        if (bytes > MAX_BYTES) {
            LOG.warn("Teams: {} bytes of files are more than a message carries: the message goes without them", bytes);
            return sender.send(to, renderer.render(message.unattached(), to));
        }
        try {
            return sender.send(to, attach(renderer.render(message, to), message.files()));
        } catch (DeliveryException e) {
            if (e.kind() == DeliveryException.Kind.GONE) {
                throw e;
            }
            LOG.warn("Teams: a message with {} files was refused ({}): it goes without them", message.files().size(),
                    e.getMessage());
            return sender.send(to, renderer.render(message.unattached(), to));
        }
    }

    static Activity attach(Activity activity, List<ChatFile> files) {
        List<Attachment> attachments = new ArrayList<>(activity.getAttachments() == null ? List.of() : activity.getAttachments());
        for (ChatFile file : files) {
            Attachment attachment = new Attachment();
            attachment.setContentType(file.mediaType());
            attachment.setName(file.name());
            attachment.setContentUrl("data:" + file.mediaType() + ";base64," + Base64.getEncoder().encodeToString(file.content()));
            attachments.add(attachment);
        }
        activity.setAttachments(attachments);
        return activity;
    }
}
