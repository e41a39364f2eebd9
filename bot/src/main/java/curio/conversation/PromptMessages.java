package curio.conversation;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.Block.Option;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.content.QuizOrder;
import curio.content.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How a prompt looks in chat: the text, and buttons or choices for its kind. */
final class PromptMessages {

    private PromptMessages() {
    }

    /**
     * The prompt with its buttons; a quiz's choices in the learner's {@code order} for the day, each
     * lettered, and each carrying its index into the quiz's choices, so a click is read the same
     * whatever the order. A reflection refers back to the learner's goal for the quarter, when there is one.
     */
    static Message prompt(Prompt prompt, PromptLibrary library, String greeting, Optional<String> goal, QuizOrder order) {
        String track = library.track(prompt.track()).map(Track::name).orElse(prompt.track());
        Message.Builder message = Message.builder(greeting + prompt.title())
                .context(greeting + "Today's " + kindName(prompt.kind()) + " · " + track)
                .text("*" + prompt.title() + "*\n" + prompt.body());
        if (prompt.kind() == Prompt.Kind.REFLECT) {
            goal.ifPresent(g -> message.context("🌱 Your goal this quarter: _" + Markdown.literal(g)
                    + "_. How does this connect to it?"));
        }
        switch (prompt.kind()) {
            case TIP -> message.buttons(new Button(ActionIds.GOT_IT, "Got it", prompt.id(), Block.Style.PRIMARY));
            case REFLECT -> message.buttons(new Button(ActionIds.ANSWER, "Answer", prompt.id(), Block.Style.PRIMARY));
            case TRY -> message.buttons(new Button(ActionIds.DID_IT, "I tried it", prompt.id(), Block.Style.PRIMARY),
                    new Button(ActionIds.ANSWER, "Tell Curio how it went", prompt.id()));
            case QUIZ -> {
                List<Option> options = new ArrayList<>();
                for (int position = 0; position < prompt.choices().size(); position++) {
                    int choice = order.choiceAt(position);
                    options.add(new Option(QuizOrder.label(position, prompt.choices().get(choice)),
                            prompt.id() + ":" + choice));
                }
                message.add(new Block.Choice(ActionIds.QUIZ, "Your answer (or type `answer B`):", options));
            }
        }
        return message.build();
    }

    /** The prompt after it was answered: same text, the buttons replaced by the outcome. */
    static Message answered(Prompt prompt, String outcome) {
        return Message.builder(prompt.title() + ": " + outcome)
                .text("*" + prompt.title() + "*\n" + prompt.body())
                .context(outcome)
                .build();
    }

    /**
     * Today's prompt asked for again after it was shown: its text without buttons, so the day keeps
     * one prompt to answer on (the one already in the chat).
     */
    static Message reminder(Prompt prompt) {
        String how = switch (prompt.kind()) {
            case TIP -> "click *Got it* on it.";
            case REFLECT -> "click *Answer* on it, or say `answer <your thoughts>`.";
            case QUIZ -> "pick your answer on it, or say `answer` and its letter, e.g. `answer B`.";
            case TRY -> "click *I tried it* on it, or say `tried <what you did>`.";
        };
        return answered(prompt, "⬆️ Today's prompt is already in our chat above: " + how);
    }

    static String kindName(Prompt.Kind kind) {
        return switch (kind) {
            case TIP -> "tip";
            case REFLECT -> "reflection";
            case QUIZ -> "quiz";
            case TRY -> "thing to try";
        };
    }
}
