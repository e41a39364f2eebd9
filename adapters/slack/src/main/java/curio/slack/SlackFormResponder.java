package curio.slack;

import curio.chat.Form;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.SentMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way back to a modal submission. While Slack still waits for the ack, {@link #rejectForm}
 * becomes the ack's {@code response_action: errors}, so the modal stays open with the message under
 * the field; once the ack is gone (the engine finished or was too slow) it is a plain reply.
 * Replies, updates and forms go out through {@link SlackResponder} as for any other event.
 */
final class SlackFormResponder implements Responder {

    /** What the ack says: the message goes under the input block {@code blockId}. */
    record Rejection(String blockId, String message) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SlackFormResponder.class);

    private final SlackResponder delegate;
    private final Set<String> blockIds;
    private final CompletableFuture<Optional<Rejection>> verdict = new CompletableFuture<>();

    /** {@code blockIds}: the input blocks of the submitted view; empty when the payload does not list them. */
    SlackFormResponder(SlackResponder delegate, Set<String> blockIds) {
        this.delegate = delegate;
        this.blockIds = Set.copyOf(blockIds);
    }

    @Override
    public SentMessage reply(Message message) {
        return delegate.reply(message);
    }

    @Override
    public void update(Message message) {
        delegate.update(message);
    }

    @Override
    public void openForm(Form form) {
        delegate.openForm(form);
    }

    @Override
    public void openForm(Form form, Message launcher) {
        delegate.openForm(form, launcher);
    }

    /** Input blocks are named after their field ({@link SlackViews#modal}), so the field id is the block id. */
    @Override
    public void rejectForm(String fieldId, String message) {
        if (fieldId == null || !blockIds.isEmpty() && !blockIds.contains(fieldId)) {
            LOG.warn("Slack: the modal has no input block {}; the error goes out as a reply", fieldId);
            delegate.rejectForm(fieldId, message);
        } else if (!verdict.complete(Optional.of(new Rejection(fieldId, message)))) {
            delegate.rejectForm(fieldId, message);
        }
    }

    /** The engine is done: a submission it did not reject is acknowledged plainly. */
    void handled() {
        verdict.complete(Optional.empty());
    }

    /**
     * Waits at most {@code wait} for the engine's verdict. After that the ack is plain and a later
     * {@link #rejectForm} is a reply: the modal has closed by then.
     */
    Optional<Rejection> await(Duration wait) {
        try {
            return verdict.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LOG.info("Slack: the engine took over {} ms on a form; acknowledged, it goes on in the background", wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return verdict.complete(Optional.empty()) ? Optional.empty() : verdict.join();
    }
}
