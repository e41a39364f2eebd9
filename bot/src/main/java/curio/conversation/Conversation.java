package curio.conversation;

import static curio.conversation.CommandTable.Section.DATA;
import static curio.conversation.CommandTable.Section.GETTING_GOING;
import static curio.conversation.CommandTable.Section.LEARNING;
import static curio.conversation.CommandTable.Section.NONE;
import static curio.conversation.CommandTable.Section.SETTINGS;

import curio.chat.BotEvent;
import curio.chat.BotEvent.ActionInvoked;
import curio.chat.BotEvent.MessageReceived;
import curio.chat.BotEventHandler;
import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.Profile;
import curio.chat.Responder;
import curio.chat.UserRef;
import curio.delivery.ChatAdapters;
import curio.growth.GrowthNotes;
import curio.learners.Learner;
import curio.learners.LearnerData;
import curio.leads.Languages;
import curio.learners.LearnerStore;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's entry point: every event of every platform comes here, and every answer goes
 * back through the {@link Responder} of the adapter that raised it.
 */
@Singleton
public class Conversation implements BotEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    /** For people Curio holds no language of: those not enrolled, and anyone when reading it failed. */
    private static final Texts ENGLISH = Texts.in(Locale.ENGLISH);
    private final Languages languages;

    private final LearnerStore learners;
    private final ChatAdapters adapters;
    private final SettingsCommands settings;
    private final LearningCommands learning;
    private final PromptAnswers answers;
    private final HomeViews homes;
    private final LearnerData data;
    private final TeamConversation teams;
    private final Arrivals arrivals;
    private final TryThisToo tryToo;
    private final GrowthNotes growth;
    private final CommandTable table;

    Conversation(LearnerStore learners, ChatAdapters adapters, SettingsCommands settings,
                 LearningCommands learning, PromptAnswers answers, HomeViews homes, LearnerData data,
                 TeamConversation teams, Arrivals arrivals, TryThisToo tryToo, GrowthNotes growth, Languages languages) {
        this.languages = languages;
        this.learners = learners;
        this.growth = growth;
        this.tryToo = tryToo;
        this.arrivals = arrivals;
        this.adapters = adapters;
        this.settings = settings;
        this.learning = learning;
        this.answers = answers;
        this.homes = homes;
        this.data = data;
        this.teams = teams;
        this.table = buildTable();
    }

    @Override
    public void handle(BotEvent event, Responder responder) {
        try {
            if (event instanceof MessageReceived message) {
                onMessage(message, responder);
            } else if (event instanceof ActionInvoked action) {
                onAction(action, responder);
            } else if (event instanceof BotEvent.FormSubmitted form) {
                if (!teams.onForm(form, responder)) {
                    learner(form.user(), responder).ifPresent(l -> answers.onForm(l, form, responder));
                }
            } else if (event instanceof BotEvent.HomeOpened home) {
                homes.publish(home.user());
            } else if (event instanceof BotEvent.AppInstalled installed) {
                onInstalled(installed, responder);
            } else if (event instanceof BotEvent.AppUninstalled removed) {
                onUninstalled(removed);
            } else if (event instanceof BotEvent.MemberJoined joined) {
                teams.memberJoined(joined);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not handle {} from {}", event.getClass().getSimpleName(), event.tenant(), e);
            try {
                responder.reply(Message.text(ENGLISH.get("error")));
            } catch (RuntimeException replyFailed) {
                LOG.warn("Could not tell {} about it either: {}", event.tenant(), replyFailed.getMessage());
            }
        }
    }

    private void onMessage(MessageReceived message, Responder channelResponder) {
        Command command = CommandParser.parse(message.text());
        CommandTable.Row<?> row = table.row(command);
        UserRef user = message.user();
        Responder responder = message.personal() || !row.personal() ? channelResponder
                : privately(user, channelResponder, false);
        ConversationRef direct = message.personal() ? message.conversation() : null;
        String checkIn = row.logged(command).orElse(null);
        Arrivals.Arrival arrival = arrivals.arrive(user, direct, row.wakes(), checkIn);
        if (arrival.asleep()) {
            responder.reply(settings.resume(arrival.learner().orElseThrow()));
            arrival = arrivals.arrive(user, direct, false, checkIn);
        }
        table.dispatch(command, new CommandTable.Turn(message, responder, arrival.learner(), arrival.checkedIn()));
    }

    /** Whether the conversation is the person's direct chat with Curio. */
    private boolean isDirect(UserRef user, ConversationRef conversation) {
        return directChat(user).filter(d -> d.equals(conversation)).isPresent();
    }

    /** The person's direct chat with Curio: the one they wrote from, else the platform's. */
    private Optional<ConversationRef> directChat(UserRef user) {
        return directChat(user, learners.find(user));
    }

    private Optional<ConversationRef> directChat(UserRef user, Optional<Learner> learner) {
        return learner.flatMap(Learner::conversation)
                .or(() -> adapters.forPlatform(user.tenant().platform()).flatMap(a -> a.directConversation(user)));
    }

    /**
     * Learner commands said in a channel are answered in the person's direct chat with Curio, so
     * streaks, goals and exports never land in a shared channel. The channel's note is in their language.
     */
    private Responder privately(UserRef user, Responder channel, boolean quiet) {
        Optional<Learner> learner = learners.find(user);
        Optional<ConversationRef> dm = directChat(user, learner);
        Optional<ChatAdapter> adapter = adapters.forPlatform(user.tenant().platform());
        if (dm.isEmpty() || adapter.isEmpty()) {
            return new PrivateReplies(null, null, channel, quiet, texts(learner));
        }
        return new PrivateReplies(adapter.get(), dm.get(), channel, quiet, texts(learner));
    }

    /** Every command and its handler; the team side adds its own rows. */
    private CommandTable buildTable() {
        CommandTable.Builder rows = CommandTable.builder()
                .anyone(Command.Start.class, true, GETTING_GOING,
                        "help.start",
                        (start, turn) -> start(turn.user(), turn.message().personal() ? turn.message() : null,
                                turn.responder()))
                .learner(Command.Stop.class, GETTING_GOING, "help.stop", (stop, learner) -> stopped(learner)
                        ? said(learner, "stop.already") : settings.stop(learner))
                .learner(Command.Pause.class, GETTING_GOING, "help.pause",
                        (pause, learner) -> stopped(learner)
                                ? said(learner, "pause.stopped")
                                : settings.pause(learner, pause))
                .learner(Command.Resume.class, GETTING_GOING, "help.resume",
                        (resume, learner) -> stopped(learner)
                                ? said(learner, "resume.stopped") : settings.resume(learner))
                .anyone(Command.Help.class, false, GETTING_GOING, "help.help",
                        (help, turn) -> turn.reply(table.help(help.topic(), texts(turn.learner()))))
                .anyone(Command.Thanks.class, false, NONE, "", (thanks, turn) -> turn.reply(turn.learner()
                        .map(learner -> said(learner, "thanks.learner")).orElse(Message.text(ENGLISH.get("thanks.stranger")))))
                .learning(Command.Today.class, "help.today", (today, learner) -> learning.today(learner))
                .checkIn(Command.Tried.class, "help.tried", tried -> LearningCommands.logged(tried.text()), (tried, turn) -> learning.tried(
                                turn.learner().orElseThrow(), tried.text(), turn.checkedIn().orElseThrow(), turn.responder()))
                .opensForm(Command.OpenCheckIn.class, LEARNING, "help.openCheckIn", (open, turn) -> turn.responder()
                        .openForm(answers.checkInForm(turn.learner().orElseThrow()), Replies.checkInLauncher(
                                Texts.in(turn.learner().orElseThrow().language()))))
                .learning(Command.Answer.class, "help.answer",
                        (answer, learner) -> learning.answer(learner, answer.text()))
                .learning(Command.ShowStreak.class, "help.showStreak",
                        (streak, learner) -> learning.streak(learner))
                .learner(Command.SetGoal.class, LEARNING, "help.setGoal",
                        (goal, learner) -> learning.goal(learner, goal.goal()))
                .learner(Command.ShowGoal.class, LEARNING, "help.showGoal", (goal, learner) -> learning.showGoal(learner))
                .anyone(Command.GrowthNotes.class, true, LEARNING, "help.growthNotes", (notes, turn) -> growth.onDemand(turn.user()).forEach(turn::reply))
                .learner(Command.SetTime.class, SETTINGS, "help.setTime",
                        (time, learner) -> settings.setTime(learner, time))
                .learner(Command.SetDays.class, SETTINGS, "help.setDays",
                        (days, learner) -> settings.setDays(learner, days))
                .learner(Command.SetTimeZone.class, SETTINGS, "help.setTimeZone",
                        (zone, learner) -> settings.setZone(learner, zone))
                .learner(Command.ShowTimeZone.class, SETTINGS, "help.showTimeZone",
                        (zone, learner) -> SettingsCommands.showZone(learner))
                .learner(Command.SetLanguage.class, SETTINGS, "help.setLanguage",
                        (language, learner) -> settings.setLanguage(learner, language))
                .learner(Command.ShowLanguage.class, NONE, "", (language, learner) -> SettingsCommands.showLanguage(learner))
                .learner(Command.Topics.class, SETTINGS, "help.topics",
                        (topics, learner) -> settings.topics(learner))
                .learner(Command.AddTopic.class, NONE, "", (add, learner) -> settings.changeTopic(learner, add.topic(), true))
                .learner(Command.RemoveTopic.class, NONE, "",
                        (remove, learner) -> settings.changeTopic(learner, remove.topic(), false))
                .learner(Command.Share.class, SETTINGS, "help.share",
                        (share, learner) -> learning.share(learner, share.on()))
                .learner(Command.Settings.class, SETTINGS, "help.settings",
                        (shown, learner) -> Replies.settings(learner))
                .learner(Command.Export.class, DATA, "help.export", (export, learner) -> learning.export(learner))
                .learner(Command.DeleteMyData.class, DATA, "help.deleteMyData",
                        (delete, learner) -> learning.delete(learner, delete.confirmed()))
                .anyone(Command.Invalid.class, true, NONE, "", (invalid, turn) -> turn.reply(
                        Message.text(invalid.reply(texts(turn.learner())))))
                .whenNotEnrolled((command, turn) -> turn.reply(notEnrolled(command, turn.user())));
        teams.addRows(rows);
        return rows.build();
    }

    /** The command table, for tests that read its rows. */
    CommandTable table() {
        return table;
    }

    /** The texts in the language of whoever said something: English for someone not enrolled. */
    private static Texts texts(Optional<Learner> learner) {
        return learner.map(l -> Texts.in(l.language())).orElse(ENGLISH);
    }

    /** A text of the bundle in the learner's language, as a message. */
    private static Message said(Learner learner, String key) {
        return Message.text(Texts.in(learner.language()).get(key));
    }

    private static boolean stopped(Learner learner) {
        return learner.status() == Learner.Status.STOPPED;
    }

    /** Someone who is not a learner, answered in their profile's language. */
    private Message notEnrolled(Command command, UserRef user) {
        Texts texts = languages.of(user);
        boolean roles = data.holdsRoles(user);
        if (command instanceof Command.DeleteMyData delete && roles) {
            if (!delete.confirmed()) {
                return Message.text(texts.get("leadData.confirm"));
            }
            data.delete(user);
            return Message.text(texts.get("leadData.deleted"));
        }
        if (command instanceof Command.Export || command instanceof Command.DeleteMyData) {
            return Message.text(texts.get(roles ? "leadData.onlyLead" : "leadData.none"));
        }
        return Replies.notEnrolled(texts);
    }

    private void start(UserRef user, MessageReceived personalMessage, Responder responder) {
        Optional<Learner> before = learners.find(user);
        if (before.isPresent() && before.get().active()) {
            responder.reply(Message.text(Texts.in(before.get().language()).get("start.already",
                    Markdown.literal(before.get().name()))));
            return;
        }
        Learner learner = settings.start(user, profile(user));
        if (personalMessage != null) {
            learners.setConversation(user, personalMessage.conversation());
        }
        responder.reply(before.isPresent() ? SettingsCommands.welcomeBack(learner) : SettingsCommands.welcome(learner));
        responder.reply(learning.today(learner));
    }

    private void onAction(ActionInvoked action, Responder responder) {
        if (action.actionId().equals(ActionIds.START)) {
            start(action.user(), null, responder);
            return;
        }
        Responder joinAnswers = isDirect(action.user(), action.conversation()) ? responder
                : privately(action.user(), responder, true);
        if (teams.onAction(action, joinAnswers)) {
            return;
        }
        if (action.actionId().equals(ActionIds.TRY_TOO)) {
            joinAnswers.reply(tryToo.clicked(action.user(), action.value()));
            return;
        }
        Optional<Learner> clicked = arrivals.arrive(action.user(), null, false, null).learner();
        if (clicked.isEmpty()) {
            responder.reply(Replies.notEnrolled(languages.of(action.user())));
        }
        clicked.ifPresent(learner -> {
            switch (action.actionId()) {
                case ActionIds.CHECK_IN -> responder.openForm(answers.checkInForm(learner));
                case ActionIds.KEEP_GOING -> responder.update(settings.resume(learner));
                case ActionIds.STOP -> responder.update(settings.stop(learner));
                case ActionIds.CONFIRM_DELETE -> responder.update(learning.delete(learner, true));
                case ActionIds.CANCEL_DELETE -> responder.update(said(learner, "delete.kept"));
                case ActionIds.ADD_TOPIC -> addTopic(learner, action.value(), responder);
                default -> answers.onPromptAction(learner, action, responder);
            }
        });
    }

    /** A topic offered after every prompt was seen: added, and today's prompt from it right away. */
    private void addTopic(Learner learner, String topic, Responder responder) {
        responder.update(settings.changeTopic(learner, topic == null ? "" : topic, true));
        learners.find(learner.user()).ifPresent(added -> responder.reply(learning.today(added)));
    }

    private Optional<Learner> learner(UserRef user, Responder responder) {
        Optional<Learner> learner = learners.find(user);
        if (learner.isEmpty()) {
            responder.reply(Replies.notEnrolled(languages.of(user)));
        }
        return learner;
    }

    private void onInstalled(BotEvent.AppInstalled installed, Responder responder) {
        if (!installed.personal()) {
            teams.installedInChannel(installed);
            return;
        }
        if (installed.installer() == null) {
            return;
        }
        learners.find(installed.installer()).ifPresent(l -> learners.setConversation(l.user(), installed.conversation()));
        responder.reply(Message.text(languages.of(installed.installer()).get("installed")));
    }

    private void onUninstalled(BotEvent.AppUninstalled removed) {
        if (removed.scope() == BotEvent.AppUninstalled.Scope.PERSONAL && removed.user() != null) {
            learners.forgetConversation(removed.user());
            return;
        }
        if (removed.scope() == BotEvent.AppUninstalled.Scope.CHANNEL) {
            teams.removedFromChannel(removed);
            return;
        }
        LOG.info("Curio was uninstalled from {}: purging its data", removed.tenant());
        data.purge(removed.tenant());
    }

    private Profile profile(UserRef user) {
        try {
            return adapters.forPlatform(user.tenant().platform()).map(a -> a.profile(user)).orElse(Profile.unknown());
        } catch (RuntimeException e) {
            LOG.warn("No profile for {}: {}", user, e.getMessage());
            return Profile.unknown();
        }
    }
}
