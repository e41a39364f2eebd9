package curio.conversation;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.ChatAdapter;
import curio.chat.DeliveryException;
import curio.chat.HomeView;
import curio.chat.Markdown;
import curio.chat.UserRef;
import curio.content.PromptSelector;
import curio.habits.LearningHistory;
import curio.habits.Streak;
import curio.habits.StreakRules;
import curio.delivery.ChatAdapters;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The learner's home (Slack App Home, Teams personal card): streak, heatmap, today, settings. */
@Singleton
class HomeViews {

    private static final Logger LOG = LoggerFactory.getLogger(HomeViews.class);
    /** For someone not enrolled, whose language Curio does not hold. */
    private static final Texts ENGLISH = Texts.in(Locale.ENGLISH);
    private final LearnerStore learners;
    private final StreakRules streaks;
    private final LearningHistory history;
    private final PromptSelector selector;
    private final LocalCalendar calendar;
    private final ChatAdapters adapters;

    HomeViews(LearnerStore learners, StreakRules streaks, LearningHistory history, PromptSelector selector,
              LocalCalendar calendar, ChatAdapters adapters) {
        this.learners = learners;
        this.streaks = streaks;
        this.history = history;
        this.selector = selector;
        this.calendar = calendar;
        this.adapters = adapters;
    }

    void publish(UserRef user) {
        Optional<ChatAdapter> adapter = adapters.forPlatform(user.tenant().platform());
        if (adapter.isEmpty()) {
            return;
        }
        try {
            adapter.get().publishHome(user, view(user));
        } catch (DeliveryException e) {
            LOG.warn("Could not publish the home of {}: {}", user, e.getMessage());
        }
    }

    HomeView view(UserRef user) {
        Optional<Learner> found = learners.find(user);
        List<Block> blocks = new ArrayList<>();
        if (found.isEmpty()) {
            blocks.add(new Block.Text(ENGLISH.get("home.welcome")));
            blocks.add(new Block.Buttons(List.of(new Button(ActionIds.START, ENGLISH.get("notEnrolled.button"), "start",
                    Block.Style.PRIMARY))));
            return new HomeView(blocks);
        }
        Learner learner = found.get();
        Texts texts = Texts.in(learner.language());
        LocalDate day = calendar.learningDay(learner.zone());
        Streak streak = streaks.peek(user, day);
        blocks.add(new Block.Text(texts.get("home.hello", Markdown.literal(learner.name()), streak.current(),
                streak.longest(), streak.freezes())));
        blocks.add(history.heatmap(user, day, texts));
        blocks.add(new Block.Divider());
        selector.today(user, learner.topics(), day).map(prompt -> texts.get("home.today", prompt.title(),
                        texts.get(selector.answered(user, day) ? "home.today.done" : "home.today.open")))
                .or(() -> selector.allSeen(user, learner.topics()).map(seen -> texts.get("home.allSeen")))
                .ifPresent(today -> blocks.add(new Block.Text(today)));
        blocks.add(new Block.Buttons(List.of(new Button(ActionIds.CHECK_IN, texts.get("checkIn.button"), "",
                Block.Style.PRIMARY))));
        blocks.add(new Block.Divider());
        blocks.add(new Block.Context(texts.get("home.settings", learner.promptAt().toString(),
                learner.checkinAt().toString(), texts.days(learner.workingDays()), learner.zone().getId(),
                String.join(", ", learner.topics()), texts.get(learner.sharing() ? "settings.on" : "settings.off"))));
        return new HomeView(blocks);
    }
}
