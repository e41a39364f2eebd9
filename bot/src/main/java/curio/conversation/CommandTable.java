package curio.conversation;

import curio.chat.BotEvent.MessageReceived;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.UserRef;
import curio.habits.Streak;
import curio.learners.Learner;
import curio.words.Texts;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every command Curio understands, one row each: who may say it, whether its answer stays out of
 * channels, whether it wakes a learner Curio paused, its line in {@code help}, and its handler.
 * Adding a command takes its {@link Command} record, a case in the parser, a row and a handler;
 * {@link Builder#build()} refuses a table that misses a command, so Curio does not start without it.
 */
final class CommandTable {

    /** Who may say a command. */
    enum Scope {
        /** Anyone, enrolled or not: {@code start}, {@code help}, the parser's corrections. */
        ANYONE,
        /** Enrolled learners; anyone else is told how to sign up (or what Curio keeps of them). */
        LEARNER,
        /** Leads and admins, learners or not: the handler checks the role. */
        TEAM
    }

    /** The groups of {@code help}, in the order it lists them; each titled by its text {@code section.<name>}. */
    enum Section {
        GETTING_GOING, LEARNING, SETTINGS, TEAMS, DATA,
        /** Not listed in {@code help}. */
        NONE;

        String title(Texts texts) {
            return texts.get("section." + name());
        }
    }

    /**
     * One message to answer: what was said, where answers go, the learner who said it, if enrolled,
     * and the streak of a check-in, counted when the learner was read.
     */
    record Turn(MessageReceived message, Responder responder, Optional<Learner> learner, Optional<Streak> checkedIn) {
        UserRef user() {
            return message.user();
        }

        void reply(Message answer) {
            responder.reply(answer);
        }
    }

    @FunctionalInterface
    interface Handler<C extends Command> {
        void handle(C command, Turn turn);
    }

    /**
     * A command's row. {@code personal}: said in a channel, it is answered in the person's direct
     * chat. {@code wakes}: saying it turns the prompts of a learner Curio paused back on.
     * {@code help}: the key of its help line in the texts ({@code help.stop}), empty for rows not
     * listed. {@code logs}: for a check-in, the words it logs (null for other commands).
     */
    record Row<C extends Command>(Class<C> type, Scope scope, boolean personal, boolean wakes, Section section,
                                  String help, Function<C, String> logs, Handler<C> handler) {

        /** Its help line in a language; the commands in its backticks are the same in every language. */
        String help(Texts texts) {
            return help.isEmpty() ? "" : texts.get(help);
        }

        /** What the command logs as a check-in, if it is one. */
        Optional<String> logged(Command command) {
            return logs == null ? Optional.empty() : Optional.of(logs.apply(type.cast(command)));
        }
    }

    private final Map<Class<? extends Command>, Row<?>> rows;
    private final Handler<Command> notEnrolled;

    private CommandTable(Map<Class<? extends Command>, Row<?>> rows, Handler<Command> notEnrolled) {
        this.rows = rows;
        this.notEnrolled = notEnrolled;
    }

    static Builder builder() {
        return new Builder();
    }

    Row<?> row(Command command) {
        return rows.get(command.getClass());
    }

    /** Runs the command's handler; a learner command from someone not enrolled gets the not-enrolled answer. */
    void dispatch(Command command, Turn turn) {
        Row<?> row = row(command);
        if (row.scope() == Scope.LEARNER && turn.learner().isEmpty()) {
            notEnrolled.handle(command, turn);
            return;
        }
        run(row, command, turn);
    }

    private static <C extends Command> void run(Row<C> row, Command command, Turn turn) {
        row.handler().handle(row.type().cast(command), turn);
    }

    /** The {@code help} answer: each section's commands in the table's order. */
    Message help(Texts texts) {
        Message.Builder help = Message.builder(texts.get("help.title")).text(texts.get("help.intro"));
        Map<Section, List<String>> lines = rows.values().stream()
                .filter(row -> row.section() != Section.NONE)
                .collect(Collectors.groupingBy(Row::section, LinkedHashMap::new,
                        Collectors.mapping(row -> row.help(texts), Collectors.toList())));
        for (Section section : Section.values()) {
            List<String> sectionLines = lines.get(section);
            if (sectionLines != null) {
                help.text("*" + section.title(texts) + "*\n- " + String.join("\n- ", sectionLines));
            }
        }
        return help.build();
    }

    /**
     * {@code help <topic>}: the lines of a section, or of the commands whose examples name the topic,
     * with the line of the command the topic itself is; the list of sections when nothing matches.
     */
    Message help(String topic, Texts texts) {
        if (topic.isBlank()) {
            return help(texts);
        }
        Command said = CommandParser.parse(topic);
        return HelpTopics.answer(topic, rows.values().stream().filter(row -> row.section() != Section.NONE).toList(),
                row(said), texts);
    }

    static final class Builder {

        private final Map<Class<? extends Command>, Row<?>> rows = new LinkedHashMap<>();
        private Handler<Command> notEnrolled;

        private Builder() {
        }

        /** A command of enrolled learners, answered in their direct chat. */
        <C extends Command> Builder learner(Class<C> type, Section section, String help,
                                            BiFunction<C, Learner, Message> handler) {
            return add(learnerRow(type, false, section, help, handler));
        }

        /** A learning command: as {@link #learner}, and saying it wakes a learner Curio paused. */
        <C extends Command> Builder learning(Class<C> type, String help, BiFunction<C, Learner, Message> handler) {
            return add(learnerRow(type, true, Section.LEARNING, help, handler));
        }

        /**
         * A check-in, a learning command whose words ({@code logs}) are logged and whose day is
         * counted as the learner is read, in the same round trip; the handler answers from the
         * streak that made ({@link Turn#checkedIn()}).
         */
        <C extends Command> Builder checkIn(Class<C> type, String help, Function<C, String> logs, Handler<C> handler) {
            return add(new Row<>(type, Scope.LEARNER, true, true, Section.LEARNING, help, logs, handler));
        }

        /** A command of enrolled learners that answers with a form, or where a form needs a click, its launcher. */
        <C extends Command> Builder opensForm(Class<C> type, Section section, String help, Handler<C> handler) {
            return add(new Row<>(type, Scope.LEARNER, true, false, section, help, null, handler));
        }

        /** A lead's or admin's command; {@code personal} ones are never answered in a channel. */
        <C extends Command> Builder team(Class<C> type, boolean personal, String help, Handler<C> handler) {
            return add(new Row<>(type, Scope.TEAM, personal, false, Section.TEAMS, help, null, handler));
        }

        /** A command anyone may say, enrolled or not. */
        <C extends Command> Builder anyone(Class<C> type, boolean personal, Section section, String help,
                                           Handler<C> handler) {
            return add(new Row<>(type, Scope.ANYONE, personal, false, section, help, null, handler));
        }

        /** What a learner command from someone not enrolled gets. */
        Builder whenNotEnrolled(Handler<Command> handler) {
            this.notEnrolled = handler;
            return this;
        }

        /** The table; fails when a {@link Command} has no row or no not-enrolled answer is set. */
        CommandTable build() {
            List<String> missing = Arrays.stream(Command.class.getPermittedSubclasses())
                    .filter(type -> !rows.containsKey(type))
                    .map(Class::getSimpleName)
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Commands without a row in the command table: " + missing);
            }
            if (notEnrolled == null) {
                throw new IllegalStateException("The command table has no answer for people who are not enrolled");
            }
            return new CommandTable(Collections.unmodifiableMap(new LinkedHashMap<>(rows)), notEnrolled);
        }

        private Builder add(Row<?> row) {
            if (rows.putIfAbsent(row.type(), row) != null) {
                throw new IllegalStateException("Two rows for " + row.type().getSimpleName());
            }
            return this;
        }

        private static <C extends Command> Row<C> learnerRow(Class<C> type, boolean wakes, Section section, String help,
                                                             BiFunction<C, Learner, Message> handler) {
            return new Row<>(type, Scope.LEARNER, true, wakes, section, help, null,
                    (command, turn) -> turn.reply(handler.apply(command, turn.learner().orElseThrow())));
        }
    }
}
