package curio.conversation;

import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Form;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.SentMessage;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers a command said in a channel in the person's direct chat, and tells the channel only
 * that the answer went there. Without a known direct chat, the person is asked to write there.
 * The channel hears each of these notes once per command, however many replies the command makes
 * ({@code start} makes two: the welcome and today's prompt).
 */
final class PrivateReplies implements Responder {

    private final ChatAdapter adapter;
    private final ConversationRef direct;
    private final Responder channel;
    private final boolean quiet;
    private final Map<String, SentMessage> said = new HashMap<>();

    /** {@code quiet}: say nothing in the channel when the direct message went out (a button click). */
    PrivateReplies(ChatAdapter adapter, ConversationRef direct, Responder channel, boolean quiet) {
        this.adapter = adapter;
        this.direct = direct;
        this.channel = channel;
        this.quiet = quiet;
    }

    @Override
    public SentMessage reply(Message message) {
        if (adapter == null) {
            return quiet ? channel.reply(message) : once("That's personal, so let's talk in a "
                    + "direct message: open a chat with me and say it there.");
        }
        try {
            SentMessage sent = adapter.send(direct, message);
            if (!quiet) {
                once("I've answered you in our direct messages.");
            }
            return sent;
        } catch (DeliveryException e) {
            return once("I couldn't reach you in a direct message. Open a chat with me and say it there.");
        }
    }

    @Override
    public void update(Message message) {
        reply(message);
    }

    @Override
    public void openForm(Form form) {
        channel.openForm(form);
    }

    @Override
    public void openForm(Form form, Message launcher) {
        channel.openForm(form, launcher);
    }

    private SentMessage once(String text) {
        return said.computeIfAbsent(text, t -> channel.reply(Message.text(t)));
    }
}
