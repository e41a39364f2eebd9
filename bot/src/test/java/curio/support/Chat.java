package curio.support;

import curio.chat.Block;
import curio.chat.BotEvent;
import curio.chat.BotEventHandler;
import curio.chat.ConversationRef;
import curio.chat.Form;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.Responder;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.chat.UserRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Speaks to the engine as a user and reads what it answered (Errbot's TestBot): every reply,
 * update and form of one turn is recorded in a {@link Turn}.
 */
public final class Chat {

    public static final TenantId TENANT = new TenantId(Platform.SLACK, "T-TEST");
    private final BotEventHandler engine;
    private final TenantId tenant;

    public Chat(BotEventHandler engine) {
        this(engine, TENANT);
    }

    /** Speaks as people of another workspace. */
    public Chat(BotEventHandler engine, TenantId tenant) {
        this.engine = engine;
        this.tenant = tenant;
    }

    public static UserRef user(String id) {
        return new UserRef(TENANT, id);
    }

    public Turn say(String user, String text) {
        Turn turn = new Turn();
        engine.handle(new BotEvent.MessageReceived(person(user), dm(user), true, text), turn);
        return turn;
    }

    /** Says something in a channel rather than in the direct message with Curio. */
    public Turn sayIn(String channelId, String user, String text) {
        Turn turn = new Turn();
        engine.handle(new BotEvent.MessageReceived(person(user), new ConversationRef(Platform.SLACK, "C:" + channelId),
                false, text), turn);
        return turn;
    }

    public Turn submitForm(String user, String callbackId, Map<String, String> values) {
        Turn turn = new Turn();
        engine.handle(new BotEvent.FormSubmitted(person(user), dm(user), callbackId, "", values), turn);
        return turn;
    }

    /** Clicks a button on a message in a channel (a challenge board). */
    public Turn clickIn(String channelId, String user, String actionId, String value) {
        Turn turn = new Turn();
        ConversationRef channel = new ConversationRef(Platform.SLACK, "C:" + channelId);
        engine.handle(new BotEvent.ActionInvoked(person(user), channel, actionId, value, new SentMessage(channel, "board")), turn);
        return turn;
    }

    public Turn click(String user, String actionId, String value) {
        Turn turn = new Turn();
        engine.handle(new BotEvent.ActionInvoked(person(user), dm(user), actionId, value,
                new SentMessage(dm(user), "clicked")), turn);
        return turn;
    }

    public Turn submit(String user, String callbackId, String context, String text) {
        Turn turn = new Turn();
        engine.handle(new BotEvent.FormSubmitted(person(user), dm(user), callbackId, context, Map.of("text", text)), turn);
        return turn;
    }

    private UserRef person(String user) {
        return new UserRef(tenant, user);
    }

    public static ConversationRef dm(String user) {
        return new ConversationRef(Platform.SLACK, "D-" + user);
    }

    /** What the engine answered in one turn. */
    public static final class Turn implements Responder {
        public final List<Message> replies = new ArrayList<>();
        public final List<Message> updates = new ArrayList<>();
        public final List<Form> forms = new ArrayList<>();
        /** What a platform that opens forms only from a click would have posted instead of {@link #forms}. */
        public final List<Message> launchers = new ArrayList<>();
        /** Fields named by refused form submissions. */
        public final List<String> rejectedFields = new ArrayList<>();

        @Override
        public SentMessage reply(Message message) {
            replies.add(message);
            return new SentMessage(dm("x"), "r" + replies.size());
        }

        @Override
        public void update(Message message) {
            updates.add(message);
        }

        @Override
        public void openForm(Form form) {
            forms.add(form);
        }

        /** Shows the form, as Teams and the web do; the launcher a click-only platform would post is kept too. */
        @Override
        public void openForm(Form form, Message launcher) {
            forms.add(form);
            launchers.add(launcher);
        }

        @Override
        public void rejectForm(String fieldId, String message) {
            rejectedFields.add(fieldId);
            replies.add(Message.text(message));
        }

        /** All text of the replies and updates, markup included, one block a line. */
        public String text() {
            List<Message> all = new ArrayList<>(replies);
            all.addAll(updates);
            return all.stream().map(Chat::text).collect(Collectors.joining("\n"));
        }

        /** The text of the file whose name ends in {@code suffix} (an export's ".md" or ".json") that a reply carried. */
        public String file(String suffix) {
            return replies.stream().flatMap(m -> m.files().stream()).filter(f -> f.name().endsWith(suffix)).findFirst()
                    .map(f -> new String(f.content(), java.nio.charset.StandardCharsets.UTF_8))
                    .orElseThrow(() -> new AssertionError("no file *" + suffix + " in the replies: " + text()));
        }

        public Message last() {
            return replies.get(replies.size() - 1);
        }
    }

    public static String text(Message message) {
        return message.blocks().stream().map(b -> {
            if (b instanceof Block.Text t) {
                return t.markdown();
            }
            if (b instanceof Block.Context c) {
                return c.markdown();
            }
            if (b instanceof Block.Buttons buttons) {
                return buttons.buttons().stream().map(x -> "[" + x.label() + "]").collect(Collectors.joining(" "));
            }
            if (b instanceof Block.Choice choice) {
                return choice.options().stream().map(x -> "(" + x.label() + ")").collect(Collectors.joining(" "));
            }
            return "";
        }).collect(Collectors.joining("\n"));
    }
}
