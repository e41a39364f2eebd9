package curio.conversation;

import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.Profile;
import curio.chat.UserRef;
import curio.content.PromptLibrary;
import curio.content.Track;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.learners.WorkingDays;
import curio.schedule.CohortScheduler;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** start, stop, pause, resume and the settings: who hears from Curio, and when. */
@Singleton
class SettingsCommands {

    private final LearnerStore learners;
    private final CohortScheduler scheduler;
    private final LocalCalendar calendar;
    private final PromptLibrary library;

    SettingsCommands(LearnerStore learners, CohortScheduler scheduler, LocalCalendar calendar, PromptLibrary library) {
        this.learners = learners;
        this.scheduler = scheduler;
        this.calendar = calendar;
        this.library = library;
    }

    Learner start(UserRef user, Profile profile) {
        Learner learner = learners.enrol(user, profile.displayName(), profile.timeZone(),
                calendar.learningDay(profile.timeZone()));
        scheduler.schedule(user, learner.schedule());
        return learner;
    }

    static Message welcome(Learner learner) {
        return Message.text("Welcome aboard, " + Markdown.literal(learner.name()) + "! 🎓 Every working day ("
                + WorkingDays.describe(learner.workingDays()) + ") I'll send you one short prompt at *"
                + learner.promptAt() + "* and ask at *" + learner.checkinAt() + "* what you tried. "
                + "Your time zone is " + learner.zone().getId() + ".\n"
                + "Change it any time: `time prompt 8:45`, `days mon-thu`, `timezone Europe/Berlin`. "
                + "Say `help` for everything else. Here's today's prompt:");
    }

    static Message welcomeBack(Learner learner) {
        return Message.text("Welcome back, " + Markdown.literal(learner.name())
                + "! Your streak history and settings are as you left them: "
                + "prompts at *" + learner.promptAt() + "*, check-ins at *" + learner.checkinAt() + "*, "
                + WorkingDays.describe(learner.workingDays()) + ", " + learner.zone().getId() + ". Here's today's prompt:");
    }

    Message stop(Learner learner) {
        learners.stop(learner.user(), calendar.learningDay(learner.zone()));
        scheduler.unschedule(learner.user());
        return Message.text("Stopped: no more prompts. Your streak and history are kept; say `start` to come "
                + "back, or `delete my data` to erase everything.");
    }

    Message pause(Learner learner, Command.Pause pause) {
        LocalDate today = calendar.learningDay(learner.zone());
        Optional<LocalDate> until = pause.until().or(() -> pause.days().map(n -> today.plusDays(n - 1L)));
        if (until.isPresent() && !until.get().isAfter(today.minusDays(1))) {
            return Message.text(Replies.day(until.get()) + " has already passed. Pick a later date, "
                    + "e.g. `pause until " + today.plusDays(14) + "`.");
        }
        if (until.isPresent() && until.get().isAfter(today.plusYears(1))) {
            return Message.text("I can pause for up to a year. Pick a date on or before " + Replies.day(today.plusYears(1)) + ".");
        }
        learners.pause(learner.user(), today, until);
        return Message.text("Paused " + until.map(d -> "through " + Replies.day(d) + ". I'll be back the working day after.")
                .orElse("until you say `resume`.")
                + " Your streak is safe: paused days don't count against it.");
    }

    Message resume(Learner learner) {
        if (learner.status() == Learner.Status.ACTIVE) {
            return Message.text("You're not paused: your next prompt comes at " + learner.promptAt() + ".");
        }
        learners.resume(learner.user(), calendar.learningDay(learner.zone()));
        scheduler.schedule(learner.user(), learner.schedule());
        return Message.text("Welcome back! Prompts resume at " + learner.promptAt() + " on "
                + WorkingDays.describe(learner.workingDays()) + ". Say `today` for today's prompt.");
    }

    Message setTime(Learner learner, Command.SetTime time) {
        var prompt = time.prompt() ? time.time() : learner.promptAt();
        var checkin = time.prompt() ? learner.checkinAt() : time.time();
        if (time.time().isBefore(java.time.LocalTime.of(curio.habits.LearningDay.ROLLOVER_HOUR, 0))) {
            return Message.text("Your learning day starts at 03:00, so pick a time from 03:00 on (e.g. "
                    + (time.prompt() ? "`time prompt 8:30`" : "`time checkin 17:00`") + ").");
        }
        if (!prompt.isBefore(checkin)) {
            String advice = prompt.getHour() < 23
                    ? "To have the prompt at " + prompt + ", move the check-in first, e.g. `time checkin "
                            + prompt.plusHours(1).withMinute(0) + "`."
                    : "Pick an earlier prompt time, e.g. `time prompt 9:00`.";
            return Message.text(time.prompt()
                    ? "Your check-in is at " + checkin + ", so the prompt needs to come earlier. " + advice
                    : "Your prompt comes at " + prompt + ", so the check-in needs to be later than that.");
        }
        learners.setTimes(learner.user(), prompt, checkin);
        reschedule(learner.user());
        return Message.text((time.prompt() ? "Prompts" : "Check-ins") + " now come at *" + time.time() + "* ("
                + learner.zone().getId() + ").");
    }

    Message setDays(Learner learner, Command.SetDays days) {
        learners.setWorkingDays(learner.user(), days.days());
        reschedule(learner.user());
        return Message.text("Your learning days are now " + WorkingDays.describe(days.days()) + "."
                + (days.days().size() < 7 ? " Other days neither extend nor break your streak." : ""));
    }

    Message setZone(Learner learner, Command.SetTimeZone zone) {
        learners.setZone(learner.user(), zone.zone());
        reschedule(learner.user());
        return Message.text("Time zone set to " + zone.zone().getId() + ": prompts at " + learner.promptAt()
                + " and check-ins at " + learner.checkinAt() + " your time.");
    }

    Message topics(Learner learner) {
        StringBuilder out = new StringBuilder("*Topics* (✅ = in your mix)\n");
        for (Track track : library.tracks()) {
            out.append("- ").append(learner.topics().contains(track.id()) ? "✅ " : "▫️ ")
                    .append('`').append(track.id()).append("`: ").append(track.description()).append('\n');
        }
        return Message.text(out.append("Change with `topics add <name>` or `topics remove <name>`.").toString());
    }

    Message changeTopic(Learner learner, String topic, boolean add) {
        Optional<Track> track = library.track(topic.toLowerCase());
        if (track.isEmpty()) {
            return Message.text("There's no topic \"" + Markdown.literal(topic) + "\". Pick one of: "
                    + String.join(", ", library.tracks().stream().map(Track::id).toList()) + ".");
        }
        List<String> topics = new ArrayList<>(learner.topics());
        String id = track.get().id();
        if (add == topics.contains(id)) {
            return Message.text("`" + id + "` is " + (add ? "already" : "not") + " in your topics.");
        }
        if (!add && topics.size() == 1) {
            return Message.text("`" + id + "` is your only topic; add another before removing it.");
        }
        if (add) {
            topics.add(id);
        } else {
            topics.remove(id);
        }
        learners.setTopics(learner.user(), topics);
        return Message.text((add ? "Added " : "Removed ") + "`" + id + "`. Your topics: " + String.join(", ", topics) + ".");
    }

    private void reschedule(UserRef user) {
        learners.find(user).filter(l -> l.status() != Learner.Status.STOPPED)
                .ifPresent(l -> scheduler.schedule(user, l.schedule()));
    }
}
