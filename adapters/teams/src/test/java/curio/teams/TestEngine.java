package curio.teams;

import curio.chat.Block;
import curio.chat.BotEvent;
import curio.chat.BotEventHandler;
import curio.chat.ChatFile;
import curio.chat.ConversationRef;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.UserRef;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny stand-in for the engine: answers {@code start}, shows a streak heatmap, counts a card
 * answer into the streak and replaces the card; keeps conversation references like the engine.
 * Loaded only with {@code test.teams-engine=true}, so the test-jar never brings a second
 * {@link BotEventHandler} into the bot module's tests.
 */
@Singleton
@Requires(property = TestEngine.ENABLED, value = "true")
class TestEngine implements BotEventHandler {

    static final String ENABLED = "test.teams-engine";

    final List<BotEvent> events = new CopyOnWriteArrayList<>();
    final Map<UserRef, ConversationRef> references = new ConcurrentHashMap<>();
    final Map<UserRef, Integer> streaks = new ConcurrentHashMap<>();

    @Override
    public void handle(BotEvent event, Responder responder) {
        events.add(event);
        if (event instanceof BotEvent.MessageReceived m && m.personal()) {
            references.put(m.user(), m.conversation());
        }
        if (event instanceof BotEvent.AppInstalled installed && installed.personal()) {
            references.put(installed.installer(), installed.conversation());
        }
        if (event instanceof BotEvent.AppUninstalled uninstalled) {
            references.remove(uninstalled.user());
        }
        if (event instanceof BotEvent.MessageReceived m && m.text().equals("start")) {
            responder.reply(Message.text("Welcome to *Curio*! Your first prompt comes tomorrow."));
        }
        if (event instanceof BotEvent.MessageReceived m && m.text().equals("export")) {
            responder.reply(export("{\"settings\" : {\"timeZone\" : \"Europe/Berlin\"}}"));
        }
        if (event instanceof BotEvent.MessageReceived m && m.text().equals("streak")) {
            responder.reply(streak(m.user()));
        }
        if (event instanceof BotEvent.FormSubmitted form) {
            responder.update(Message.text("Checked in: " + form.values().get("text")));
        }
        if (event instanceof BotEvent.ActionInvoked action) {
            streaks.merge(action.user(), 1, Integer::sum);
            responder.update(Message.builder("Answered").text("You answered *" + action.value() + "*.")
                    .add(new Block.Progress("Streak", streaks.get(action.user()), 7)).build());
        }
    }

    Message streak(UserRef user) {
        BitSet days = new BitSet();
        days.set(20, 28);
        return Message.builder("Your streak").text("*Streak:* " + streaks.getOrDefault(user, 0) + " days")
                .add(new Block.Heatmap(LocalDate.of(2025, 3, 2), 4, days)).build();
    }

    /** What the engine's {@code export} answers: a line, a Markdown summary and {@code json} as files. */
    static Message export(String json) {
        return Message.text("Here is everything I hold about you.").withFiles(List.of(
                new ChatFile("curio-export.md", "text/markdown", "# Everything Curio holds about Ada\n".getBytes(StandardCharsets.UTF_8)),
                new ChatFile("curio-export.json", "application/json", json.getBytes(StandardCharsets.UTF_8))),
                Message.text("I couldn't attach your export as files here, so here is the summary as a message."));
    }

    static Message quiz() {
        return Message.builder("Quiz").add(new Block.Choice("quiz-1", "Which is a growth mindset?",
                List.of(new Block.Option("Not yet", "a"), new Block.Option("Never", "b")))).build();
    }

    void reset() {
        events.clear();
        references.clear();
        streaks.clear();
    }
}
