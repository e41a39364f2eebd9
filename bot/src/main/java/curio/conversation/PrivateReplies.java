package curio.conversation;

import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Form;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.SentMessage;
import curio.words.Texts;
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
    private final Texts texts;
    private final Map<String, SentMessage> said = new HashMap<>();

    /**
     * {@code quiet}: say nothing in the channel when the direct message went out (a button click);
     * {@code texts}: the person's language, which the channel's notes are in.
     */
    PrivateReplies(ChatAdapter adapter, ConversationRef direct, Responder channel, boolean quiet, Texts texts) {
        this.adapter = adapter;
        this.direct = direct;
        this.channel = channel;
        this.quiet = quiet;
        this.texts = texts;
    }

    @Override
    public SentMessage reply(Message message) {
        if (adapter == null) {
            return quiet ? channel.reply(message) : once(texts.get("private.writeThere"));
        }
        try {
            SentMessage sent = adapter.send(direct, message);
            if (!quiet) {
                once(texts.get("private.answered"));
            }
            return sent;
        } catch (DeliveryException e) {
            return once(texts.get("private.unreachable"));
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
