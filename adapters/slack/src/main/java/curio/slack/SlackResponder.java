package curio.slack;

import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Form;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way back to one Slack event: replies go to its conversation, updates to the clicked
 * message, forms open with its {@code trigger_id} (without one, a launcher is posted).
 * Failures are logged, not thrown at the engine.
 */
final class SlackResponder implements Responder {

    private static final Logger LOG = LoggerFactory.getLogger(SlackResponder.class);

    private final SlackAdapter adapter;
    private final TenantId tenant;
    private final ConversationRef conversation;
    private final SentMessage source;
    private final String triggerId;
    private final SlackPacer.Ahead ahead;

    SlackResponder(SlackAdapter adapter, TenantId tenant, ConversationRef conversation, SentMessage source, String triggerId) {
        this(adapter, tenant, conversation, source, triggerId, null);
    }

    /** {@code ahead}: the place in the conversation taken for the first reply with the event's read (may be null). */
    SlackResponder(SlackAdapter adapter, TenantId tenant, ConversationRef conversation, SentMessage source, String triggerId,
                   SlackPacer.Ahead ahead) {
        this.adapter = adapter;
        this.ahead = ahead;
        this.tenant = tenant;
        this.conversation = conversation;
        this.source = source;
        this.triggerId = triggerId;
    }

    @Override
    public SentMessage reply(Message message) {
        try {
            return adapter.answer(conversation, message, ahead);
        } catch (DeliveryException e) {
            LOG.warn("Slack: a reply in {} was not delivered ({}: {})", tenant, e.kind(), e.getMessage());
            return new SentMessage(conversation, "");
        }
    }

    @Override
    public void update(Message message) {
        if (source == null) {
            reply(message);
            return;
        }
        try {
            adapter.update(source, message);
        } catch (DeliveryException e) {
            LOG.warn("Slack: an update in {} failed ({}: {})", tenant, e.kind(), e.getMessage());
        }
    }

    @Override
    public void openForm(Form form) {
        open(form, null);
    }

    /**
     * Without a {@code trigger_id} (a DM, a mention) Slack opens no modal, so the launcher is posted
     * and its button's click, which carries one, opens it. The launcher also goes out when the trigger
     * was refused (it expires 3 s after the click), so the person is never left with nothing.
     */
    @Override
    public void openForm(Form form, Message launcher) {
        open(form, launcher);
    }

    private void open(Form form, Message launcher) {
        if (triggerId == null || triggerId.isBlank()) {
            if (launcher == null) {
                LOG.warn("Slack: cannot open form {} without a trigger_id", form.callbackId());
            } else {
                reply(launcher);
            }
            return;
        }
        try {
            adapter.openForm(tenant, triggerId, form, source);
        } catch (DeliveryException e) {
            LOG.warn("Slack: views.open in {} failed ({}: {})", tenant, e.kind(), e.getMessage());
            if (launcher != null) {
                reply(launcher);
            }
        }
    }
}
