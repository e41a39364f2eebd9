package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Message;
import curio.conversation.CommandTable.Scope;
import curio.conversation.CommandTable.Section;
import curio.support.EngineTest;
import curio.words.Texts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The command table the engine runs: complete, with the flags the conversation relies on. */
@MicronautTest
class CommandTableTest implements EngineTest {

    @Inject
    Conversation conversation;

    @Test
    void aTableMissingACommandIsRefusedNamingIt() {
        CommandTable.Builder rows = CommandTable.builder()
                .whenNotEnrolled((command, turn) -> turn.reply(Message.text("sign up")))
                .learning(Command.Today.class, "`today`", (today, learner) -> Message.text("today"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, rows::build);
        assertTrue(refused.getMessage().contains("Tried") && refused.getMessage().contains("Help"), refused.getMessage());
        assertThrows(IllegalStateException.class,
                () -> rows.learning(Command.Today.class, "`today` again", (today, learner) -> Message.text("twice")));
    }

    @Test
    void everyCommandHasARowInTheEnginesTable() {
        CommandTable table = conversation.table();
        for (Class<?> type : Command.class.getPermittedSubclasses()) {
            assertTrue(Arrays.stream(samples()).anyMatch(type::isInstance), "a sample of " + type.getSimpleName());
        }
        for (Command command : samples()) {
            assertEquals(command.getClass(), table.row(command).type(), command.toString());
        }
    }

    @Test
    void learningWakesAPausedLearnerAndGoalsAndFiguresStayOutOfChannels() {
        CommandTable table = conversation.table();
        Set<String> wakes = Arrays.stream(samples()).filter(c -> table.row(c).wakes())
                .map(c -> c.getClass().getSimpleName()).collect(Collectors.toSet());
        assertEquals(Set.of("Today", "Tried", "Answer", "ShowStreak"), wakes);
        Set<String> sharedInChannels = Arrays.stream(samples()).filter(c -> !table.row(c).personal())
                .map(c -> c.getClass().getSimpleName()).collect(Collectors.toSet());
        assertEquals(Set.of("Help", "Thanks", "ListChallenges", "JoinChallenge", "LeaveChallenge", "Leaderboard", "NewChallenge",
                "ChallengeStatus", "EndChallenge", "CancelChallenge", "EditChallenge", "TeamSetup", "TeamLanguage", "ChangeLead"),
                sharedInChannels);
        assertEquals(Scope.TEAM, table.row(new Command.AdminStats()).scope());
        assertEquals(Scope.LEARNER, table.row(new Command.Export()).scope());
        assertEquals(Scope.ANYONE, table.row(new Command.Start()).scope());
    }

    @Test
    void helpListsEveryListedRowInItsSection() {
        CommandTable table = conversation.table();
        Texts english = Texts.in(Locale.ENGLISH);
        String help = table.help(english).blocks().toString();
        List<Command> listed = Arrays.stream(samples()).filter(c -> table.row(c).section() != Section.NONE).toList();
        assertTrue(listed.size() >= 25, "commands in help: " + listed.size());
        for (Command command : listed) {
            assertTrue(help.contains(table.row(command).help(english)), "help names " + command);
        }
        assertTrue(help.indexOf("*Getting going*") < help.indexOf("*Learning*")
                && help.indexOf("*Teams*") < help.indexOf("*Your data*"), help);
    }

    /** One command of each kind, as the parser makes them. */
    private static Command[] samples() {
        Optional<String> none = Optional.empty();
        return new Command[] {new Command.Help(""), new Command.Start(), new Command.Stop(),
            new Command.Pause(Optional.empty(), Optional.of(14)), new Command.Resume(),
            new Command.SetTime(true, LocalTime.of(9, 15)), new Command.SetDays(EnumSet.of(DayOfWeek.MONDAY)),
            new Command.Topics(), new Command.AddTopic("focus"), new Command.RemoveTopic("focus"), new Command.Today(),
            new Command.Tried("asked for feedback"), new Command.Answer("yes"), new Command.OpenCheckIn(), new Command.Thanks(),
            new Command.ShowStreak(),
            new Command.SetGoal("listen"), new Command.ShowGoal(), new Command.Share(true), new Command.Export(),
            new Command.DeleteMyData(false), new Command.SetTimeZone(ZoneId.of("Europe/Berlin")), new Command.ShowTimeZone(),
            new Command.SetLanguage("de"), new Command.ShowLanguage(),
            new Command.Settings(), new Command.GrowthNotes(), new Command.TeamSetup(none, Optional.empty()), new Command.TeamLanguage("de", none),
            new Command.ChangeLead(true, "U1", none),
            new Command.TeamGoals(none), new Command.NewChallenge(none), new Command.ListChallenges(),
            new Command.JoinChallenge("c1"), new Command.LeaveChallenge("c1"), new Command.ChallengeStatus("c1"),
            new Command.EndChallenge("c1"), new Command.CancelChallenge("c1", false), new Command.EditChallenge("c1"),
            new Command.Leaderboard(),
            new Command.AdminStats(), new Command.ReloadContent(), new Command.AdminDashboard(), new Command.Invalid("parse.opt")};
    }
}
