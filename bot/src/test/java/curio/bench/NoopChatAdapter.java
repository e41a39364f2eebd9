package curio.bench;

import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.HomeView;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.Profile;
import curio.chat.SentMessage;
import curio.chat.UserRef;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.LongAdder;

/** Accepts every message at once and only counts them: the benchmark measures Curio, not a platform. */
@Singleton
@Requires(env = "bench")
public class NoopChatAdapter implements ChatAdapter {

    private final LongAdder sent = new LongAdder();

    public long sent() {
        return sent.sum();
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public SentMessage send(ConversationRef to, Message message) {
        sent.increment();
        return new SentMessage(to, "noop");
    }

    @Override
    public void update(SentMessage target, Message message) {
    }

    @Override
    public void publishHome(UserRef user, HomeView view) {
    }

    @Override
    public Profile profile(UserRef user) {
        throw new UnsupportedOperationException("the benchmark reads no profiles");
    }
}
