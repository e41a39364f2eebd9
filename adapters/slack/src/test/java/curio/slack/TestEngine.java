package curio.slack;

import curio.chat.BotEvent;
import curio.chat.BotEventHandler;
import curio.chat.ChatAdapter;
import curio.chat.DeliveryException;
import curio.chat.Form;
import curio.chat.HomeView;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.Block;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny stand-in for the engine: answers "start", scores a quiz, stores form answers, builds a home,
 * opens the "goal" form when told "new goal" (with a launcher whose button is {@code goal.open}).
 * Forms: "goal" refuses a goal over 10 characters (naming the field), "slow" takes 4 s to answer,
 * "ghost" names a field its modal does not have.
 */
@Singleton
@Requires(missingClasses = "curio.conversation.Conversation")
public class TestEngine implements BotEventHandler {

    final List<BotEvent> events = new CopyOnWriteArrayList<>();
    final Map<String, String> answers = new ConcurrentHashMap<>();
    final AtomicInteger streak = new AtomicInteger();
    private final BeanProvider<ChatAdapter> adapter;

    TestEngine(BeanProvider<ChatAdapter> adapter) {
        this.adapter = adapter;
    }

    @Override
    public void handle(BotEvent event, Responder responder) {
        events.add(event);
        if (event instanceof BotEvent.MessageReceived m && m.text().equals("start")) {
            responder.reply(Message.text("Welcome to *Curio*! Your first prompt comes tomorrow."));
        } else if (event instanceof BotEvent.MessageReceived m && m.text().equals("new goal")) {
            responder.openForm(new Form("goal", "Your goal", "Save", "", List.of(Form.Field.text("goal", "Goal", false, true))),
                    Message.builder("Set a goal").buttons(new Block.Button("goal.open", "Open the form", "")).build());
        } else if (event instanceof BotEvent.ActionInvoked a && a.actionId().equals("quiz")) {
            int days = streak.incrementAndGet();
            responder.update(Message.builder("Answered").text(a.value().equals("b") ? "Right!" : "Not quite.")
                    .context("Streak: " + days + " days").build());
        } else if (event instanceof BotEvent.ActionInvoked a && a.actionId().equals("answer")) {
            responder.openForm(new Form("reflect", "Your answer", "Save", "prompt-7",
                    List.of(Form.Field.text("answer", "What did you try?", true, true))));
        } else if (event instanceof BotEvent.FormSubmitted f && f.callbackId().equals("goal")) {
            String goal = f.values().getOrDefault("goal", "");
            if (goal.length() > 10) {
                responder.rejectForm("goal", "The goal is " + goal.length() + " characters; keep it under 10.");
            } else {
                responder.reply(Message.text("Goal set: " + goal));
            }
        } else if (event instanceof BotEvent.FormSubmitted f && f.callbackId().equals("ghost")) {
            responder.rejectForm("nope", "No such field");
        } else if (event instanceof BotEvent.FormSubmitted f && f.callbackId().equals("slow")) {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            responder.rejectForm("goal", "Too late for the modal: " + f.values().get("goal"));
        } else if (event instanceof BotEvent.FormSubmitted f) {
            answers.putAll(f.values());
            answers.put("context", f.context());
            responder.update(Message.text("Saved your answer."));
        } else if (event instanceof BotEvent.HomeOpened h) {
            try {
                adapter.get().publishHome(h.user(), new HomeView(List.of(new Block.Text("*Streak:* " + streak.get()))));
            } catch (DeliveryException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
