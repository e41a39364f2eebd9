package curio.leads;

import curio.chat.Block;
import curio.chat.ChatAdapter;
import curio.chat.DeliveryException;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.SentMessage;
import curio.delivery.ChatAdapters;
import curio.habits.Streak;
import curio.learners.Learner;
import curio.learners.LocalCalendar;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team feed: check-ins of learners who share go to one thread a day in each of their teams'
 * channels, with a shout-out when they reach a streak milestone. Nothing of learners who do not
 * share is posted.
 */
@Singleton
public class TeamFeed {

    private static final Logger LOG = LoggerFactory.getLogger(TeamFeed.class);

    private final TeamStore teams;
    private final ChatAdapters adapters;
    private final LocalCalendar calendar;

    public TeamFeed(TeamStore teams, ChatAdapters adapters, LocalCalendar calendar) {
        this.teams = teams;
        this.adapters = adapters;
        this.calendar = calendar;
    }

    /**
     * Posts a sharer's check-in to each of their teams' threads, with {@code notes}' line for a team
     * (by id: the challenge the check-in counted for) and {@code tryToo} under it (the button that lets
     * a teammate make it their next prompt; labelled in the team's language).
     */
    public void checkedIn(Learner learner, String text, Streak streak, Map<String, String> notes, Block.Button tryToo) {
        if (!learner.sharing()) {
            return;
        }
        Optional<ChatAdapter> adapter = adapters.forPlatform(learner.user().tenant().platform());
        if (adapter.isEmpty()) {
            return;
        }
        for (Team team : teams.teamsOf(learner.user())) {
            try {
                SentMessage thread = todaysThread(team, adapter.get());
                String name = Markdown.literal(learner.name());
                String line = "*" + name + "*: " + Markdown.literal(text)
                        + (notes.containsKey(team.id()) ? "\n" + notes.get(team.id()) : "");
                Block.Button labelled = new Block.Button(tryToo.actionId(),
                        Texts.in(team.language()).get("feed.tryToo"), tryToo.value(), tryToo.style());
                adapter.get().replyInThread(thread, Message.builder(line).text(line).buttons(labelled).build());
                if (streak.milestone() > 0) {
                    adapter.get().replyInThread(thread, Message.text(Texts.in(team.language()).get("feed.milestone", name,
                            Integer.toString(streak.milestone()))));
                }
            } catch (DeliveryException | RuntimeException e) {
                LOG.info("Could not post to the feed of team {}: {}", team.id(), e.getMessage());
            }
        }
    }

    private SentMessage todaysThread(Team team, ChatAdapter adapter) throws DeliveryException {
        LocalDate today = calendar.learningDay(team.zone());
        List<String> feed = teams.states(team, "feedDay", "feedMsg");
        if (today.toString().equals(feed.get(0)) && feed.get(1) != null) {
            return new SentMessage(team.channel(), feed.get(1));
        }
        Texts texts = Texts.in(team.language());
        String day = DateTimeFormatter.ofPattern(texts.get("feed.datePattern"), texts.language()).format(today);
        SentMessage parent = adapter.send(team.channel(), Message.text(texts.get("feed.thread", day)));
        teams.setState(team, Map.of("feedDay", today.toString(), "feedMsg", parent.id()));
        return parent;
    }
}
