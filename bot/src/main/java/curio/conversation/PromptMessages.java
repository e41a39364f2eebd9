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
import curio.words.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    static Message prompt(Texts texts, Prompt prompt, PromptLibrary library, String greeting, Optional<String> goal,
                          QuizOrder order) {
        String track = library.track(prompt.track()).map(Track::name).orElse(prompt.track());
        Message.Builder message = Message.builder(greeting + prompt.title())
                .context(texts.get("prompt.context", greeting, kindName(texts, prompt.kind()), track))
                .text("*" + prompt.title() + "*\n" + prompt.body());
        if (prompt.kind() == Prompt.Kind.REFLECT) {
            goal.ifPresent(g -> message.context(texts.get("prompt.goal", Markdown.literal(g))));
        }
        switch (prompt.kind()) {
            case TIP -> message.buttons(new Button(ActionIds.GOT_IT, texts.get("prompt.button.gotIt"), prompt.id(),
                    Block.Style.PRIMARY));
            case REFLECT -> message.buttons(new Button(ActionIds.ANSWER, texts.get("prompt.button.answer"), prompt.id(),
                    Block.Style.PRIMARY));
            case TRY -> message.buttons(new Button(ActionIds.DID_IT, texts.get("prompt.button.triedIt"), prompt.id(),
                            Block.Style.PRIMARY),
                    new Button(ActionIds.ANSWER, texts.get("prompt.button.tellHow"), prompt.id()));
            case QUIZ -> {
                List<Option> options = new ArrayList<>();
                for (int position = 0; position < prompt.choices().size(); position++) {
                    int choice = order.choiceAt(position);
                    options.add(new Option(QuizOrder.label(position, prompt.choices().get(choice)),
                            prompt.id() + ":" + choice));
                }
                message.add(new Block.Choice(ActionIds.QUIZ, texts.get("prompt.quizChoice"), options));
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
    static Message reminder(Texts texts, Prompt prompt) {
        return answered(prompt, texts.get("prompt.reminder", texts.get("prompt.reminder." + kindKey(prompt.kind()))));
    }

    static String kindName(Texts texts, Prompt.Kind kind) {
        return texts.get("kind." + kindKey(kind));
    }

    /** The part of a text's key that names a kind of prompt: {@code kind.quiz}, {@code prompt.reminder.quiz}. */
    private static String kindKey(Prompt.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
