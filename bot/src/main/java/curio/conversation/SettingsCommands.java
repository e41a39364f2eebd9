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
import curio.schedule.CohortScheduler;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** start, stop, pause, resume and the settings: who hears from Curio, when, and in which language. */
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
        Learner learner = learners.enrol(user, profile.displayName(), profile.timeZone(), profile.locale(),
                calendar.learningDay(profile.timeZone()));
        scheduler.schedule(user, learner.schedule());
        return learner;
    }

    static Message welcome(Learner learner) {
        Texts texts = Texts.in(learner.language());
        return Message.text(texts.get("welcome", Markdown.literal(learner.name()), texts.days(learner.workingDays()),
                learner.promptAt().toString(), learner.checkinAt().toString(), learner.zone().getId()));
    }

    static Message welcomeBack(Learner learner) {
        Texts texts = Texts.in(learner.language());
        return Message.text(texts.get("welcomeBack", Markdown.literal(learner.name()), learner.promptAt().toString(),
                learner.checkinAt().toString(), texts.days(learner.workingDays()), learner.zone().getId()));
    }

    Message stop(Learner learner) {
        learners.stop(learner.user(), calendar.learningDay(learner.zone()));
        scheduler.unschedule(learner.user());
        return Message.text(Texts.in(learner.language()).get("stop.done"));
    }

    Message pause(Learner learner, Command.Pause pause) {
        Texts texts = Texts.in(learner.language());
        LocalDate today = calendar.learningDay(learner.zone());
        Optional<LocalDate> until = pause.until().or(() -> pause.days().map(n -> today.plusDays(n - 1L)));
        if (until.isPresent() && !until.get().isAfter(today.minusDays(1))) {
            return Message.text(texts.get("pause.passed", texts.date(until.get()), today.plusDays(14).toString()));
        }
        if (until.isPresent() && until.get().isAfter(today.plusYears(1))) {
            return Message.text(texts.get("pause.tooLong", texts.date(today.plusYears(1))));
        }
        learners.pause(learner.user(), today, until);
        return Message.text(until.map(d -> texts.get("pause.through", texts.date(d)))
                .orElse(texts.get("pause.untilResume")));
    }

    Message resume(Learner learner) {
        Texts texts = Texts.in(learner.language());
        if (learner.status() == Learner.Status.ACTIVE) {
            return Message.text(texts.get("resume.notPaused", learner.promptAt().toString()));
        }
        learners.resume(learner.user(), calendar.learningDay(learner.zone()));
        scheduler.schedule(learner.user(), learner.schedule());
        return Message.text(texts.get("resume.done", learner.promptAt().toString(), texts.days(learner.workingDays())));
    }

    Message setTime(Learner learner, Command.SetTime time) {
        Texts texts = Texts.in(learner.language());
        var prompt = time.prompt() ? time.time() : learner.promptAt();
        var checkin = time.prompt() ? learner.checkinAt() : time.time();
        if (time.time().isBefore(java.time.LocalTime.of(curio.habits.LearningDay.ROLLOVER_HOUR, 0))) {
            return Message.text(texts.get("time.beforeRollover",
                    time.prompt() ? "`time prompt 8:30`" : "`time checkin 17:00`"));
        }
        if (!prompt.isBefore(checkin)) {
            String advice = prompt.getHour() < 23
                    ? texts.get("time.moveCheckinFirst", prompt.toString(), prompt.plusHours(1).withMinute(0).toString())
                    : texts.get("time.earlierPrompt");
            return Message.text(time.prompt() ? texts.get("time.promptTooLate", checkin.toString(), advice)
                    : texts.get("time.checkinTooEarly", prompt.toString()));
        }
        learners.setTimes(learner.user(), prompt, checkin);
        reschedule(learner.user());
        return Message.text(texts.get(time.prompt() ? "time.promptsSet" : "time.checkinsSet", time.time().toString(),
                learner.zone().getId()));
    }

    Message setDays(Learner learner, Command.SetDays days) {
        Texts texts = Texts.in(learner.language());
        learners.setWorkingDays(learner.user(), days.days());
        reschedule(learner.user());
        return Message.text(texts.get(days.days().size() < 7 ? "days.setSomeDays" : "days.set", texts.days(days.days())));
    }

    Message setZone(Learner learner, Command.SetTimeZone zone) {
        learners.setZone(learner.user(), zone.zone());
        reschedule(learner.user());
        return Message.text(Texts.in(learner.language()).get("zone.set", zone.zone().getId(),
                learner.promptAt().toString(), learner.checkinAt().toString()));
    }

    static Message showZone(Learner learner) {
        return Message.text(Texts.in(learner.language()).get("zone.shown", learner.zone().getId()));
    }

    /** {@code language de}: from now on Curio speaks that language to the learner; one it does not speak is refused. */
    Message setLanguage(Learner learner, Command.SetLanguage language) {
        Optional<Locale> chosen = Texts.supported(language.code());
        if (chosen.isEmpty()) {
            return Message.text(Texts.in(learner.language()).get("language.unknown", Markdown.literal(language.code()),
                    Texts.codes()));
        }
        learners.setLanguage(learner.user(), chosen.get());
        return Message.text(Texts.in(chosen.get()).get("language.set"));
    }

    static Message showLanguage(Learner learner) {
        Texts texts = Texts.in(learner.language());
        return Message.text(texts.get("language.current", texts.get("language.name"), Texts.codes()));
    }

    Message topics(Learner learner) {
        Texts texts = Texts.in(learner.language());
        StringBuilder out = new StringBuilder(texts.get("topics.title"));
        for (Track track : library.tracks()) {
            out.append("- ").append(learner.topics().contains(track.id()) ? "✅ " : "▫️ ")
                    .append('`').append(track.id()).append("`: ").append(track.description()).append('\n');
        }
        return Message.text(out.append(texts.get("topics.change")).toString());
    }

    Message changeTopic(Learner learner, String topic, boolean add) {
        Texts texts = Texts.in(learner.language());
        Optional<Track> track = library.track(topic.toLowerCase());
        if (track.isEmpty()) {
            return Message.text(texts.get("topics.unknown", Markdown.literal(topic),
                    String.join(", ", library.tracks().stream().map(Track::id).toList())));
        }
        List<String> topics = new ArrayList<>(learner.topics());
        String id = track.get().id();
        if (add == topics.contains(id)) {
            return Message.text(texts.get(add ? "topics.already" : "topics.notIn", id));
        }
        if (!add && topics.size() == 1) {
            return Message.text(texts.get("topics.onlyOne", id));
        }
        if (add) {
            topics.add(id);
        } else {
            topics.remove(id);
        }
        learners.setTopics(learner.user(), topics);
        return Message.text(texts.get(add ? "topics.added" : "topics.removed", id, String.join(", ", topics)));
    }

    private void reschedule(UserRef user) {
        learners.find(user).filter(l -> l.status() != Learner.Status.STOPPED)
                .ifPresent(l -> scheduler.schedule(user, l.schedule()));
    }
}
