package curio.conversation;

import curio.chat.Markdown;
import curio.chat.TimeZoneNames;
import curio.conversation.Command.Invalid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a learner typed into a {@link Command}. Accepts natural variants ("opt in",
 * "pause for 2 weeks", "time checkin 4:30pm") and answers bad arguments with a message that says
 * what was expected. Never throws.
 */
public final class CommandParser {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_GOAL = 500;
    private static final Pattern I_TRIED = Pattern.compile("(?is)i\\s+tried\\s+(.*)");
    /** {@code thanks}, {@code thank you!}, {@code ok, thanks}, {@code ty}: not a command, but it deserves an answer. */
    private static final Pattern THANKS = Pattern.compile(
            "(?:(?:ok|okay|great|cool|perfect|awesome|nice)[,!]*\\s+)?(?:thanks|thank you|thank u|thx|ty|cheers)\\b.*");
    private static final Pattern PAUSE_FOR = Pattern.compile("for\\s+(\\d{1,3})\\s*(days?|d|weeks?|w)");
    private static final Pattern PAUSE_UNTIL = Pattern.compile("(?:until|till|til)\\s+(\\S+)");
    // compiled once: a check-in passes here on every message, and String.replaceAll and split compile theirs each call
    private static final Pattern SLASH_COMMAND = Pattern.compile("^/curio\\s*");
    private static final Pattern ADDRESSED = Pattern.compile("(?i)^(<@curio>[,:]?\\s*|@?curio[,:]?\\s+)");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.!?]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CHALLENGE_WORD = Pattern.compile("^(the\\s+)?challenges?\\s+");
    private static final Pattern AT_OR_TO = Pattern.compile("^(at|to)\\s+");
    private static final Pattern CHALLENGE_ALONE = Pattern.compile("(?i)c\\d{1,6}\\s*[:\\-]?\\s*");
    private static final Pattern CHALLENGE_NOISE = Pattern.compile("[:\\-\\s]");
    private static final Pattern UPPER_CHALLENGE = Pattern.compile("^C(\\d{1,6}\\b)");

    private CommandParser() {
    }

    public static Command parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Command.Help("");
        }
        if (typed.length() > MAX_TEXT) {
            return new Invalid("parse.tooLong", typed.length());
        }
        String text = ADDRESSED.matcher(SLASH_COMMAND.matcher(typed.strip()).replaceAll("")).replaceAll("");
        String lower = SPACES.matcher(END_PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ");
        String[] words = SPACES.split(lower, 2);
        String verb = words[0];
        String rest = words.length > 1 ? words[1].trim() : "";
        String restOriginal = text.contains(" ") ? text.substring(text.indexOf(' ') + 1).trim() : "";
        if (THANKS.matcher(lower).matches()) {
            return new Command.Thanks();
        }
        return switch (verb) {
            case "help", "?", "commands" -> new Command.Help(rest);
            case "hi", "hello", "hey" -> new Command.Help("");
            case "start", "subscribe", "enrol", "enroll" -> noArguments(rest, new Command.Start(), verb);
            case "join", "leave" -> joinOrLeave(verb, rest, text);
            case "opt" -> rest.equals("in") ? new Command.Start() : rest.equals("out") ? new Command.Stop()
                    : new Invalid("parse.opt");
            case "stop", "unsubscribe", "quit" -> noArguments(rest, new Command.Stop(), verb);
            case "pause" -> pause(rest);
            case "resume", "unpause", "continue" -> noArguments(rest, new Command.Resume(), verb);
            case "time", "times" -> time(rest);
            case "days", "day", "workdays" -> days(rest);
            case "topics", "topic", "tracks" -> topics(rest);
            case "today", "prompt" -> noArguments(rest, new Command.Today(), verb);
            case "tried", "did", "learned", "learnt" -> tried(restOriginal, verb);
            case "i" -> I_TRIED.matcher(text).matches() ? tried(I_TRIED.matcher(text).replaceFirst("$1").trim(), "tried")
                    : unknown(verb);
            case "checkin", "check-in" -> rest.isEmpty() ? new Command.OpenCheckIn() : tried(restOriginal, "tried");
            case "check" -> rest.equals("in") ? new Command.OpenCheckIn() : rest.startsWith("in ")
                    ? tried(restOriginal.substring(2).strip(), "tried") : unknown(verb);
            case "answer" -> restOriginal.isEmpty()
                    ? new Invalid("parse.answerEmpty")
                    : new Command.Answer(restOriginal);
            case "streak", "stats", "progress" -> noArguments(rest, new Command.ShowStreak(), verb);
            case "goal" -> goal(restOriginal);
            case "share", "sharing" -> share(rest);
            case "export" -> new Command.Export();
            case "delete" -> delete(rest);
            case "timezone", "tz", "zone" -> timeZone(restOriginal);
            case "language", "sprache", "lang" -> rest.isEmpty() ? new Command.ShowLanguage() : new Command.SetLanguage(rest);
            case "settings", "status", "me" -> new Command.Settings();
            case "growth" -> rest.isEmpty() || rest.equals("notes") || rest.equals("talk") ? new Command.GrowthNotes()
                    : new Invalid("parse.growth");
            case "team" -> TeamCommandParser.team(rest, text);
            case "admin" -> TeamCommandParser.admin(rest, text);
            case "challenge", "challenges" -> TeamCommandParser.challenge(rest, text);
            case "leaderboard", "leaders", "top" -> new Command.Leaderboard();
            default -> unknown(verb);
        };
    }

    private static Command noArguments(String rest, Command command, String verb) {
        return rest.isEmpty() ? command
                : new Invalid("parse.noArguments", verb);
    }

    /**
     * {@code join} alone signs up, as {@code start} does; {@code join c3} and {@code leave c3} are
     * {@code challenge join c3} and {@code challenge leave c3}.
     */
    private static Command joinOrLeave(String verb, String rest, String original) {
        String challenge = CHALLENGE_WORD.matcher(rest).replaceFirst("");
        if (TeamCommandParser.CHALLENGE_ID.matcher(challenge).matches()) {
            return TeamCommandParser.challenge(verb + " " + challenge, original);
        }
        if (verb.equals("join")) {
            return rest.isEmpty() ? new Command.Start()
                    : new Invalid("parse.join");
        }
        return new Invalid("parse.leave");
    }

    private static Command pause(String rest) {
        if (rest.isEmpty()) {
            return new Command.Pause(Optional.empty(), Optional.empty());
        }
        Matcher forMatch = PAUSE_FOR.matcher(rest);
        if (forMatch.matches()) {
            int n = Integer.parseInt(forMatch.group(1));
            int days = forMatch.group(2).startsWith("w") ? n * 7 : n;
            if (n < 1 || days > 365) {
                return new Invalid("parse.pauseLength");
            }
            return new Command.Pause(Optional.empty(), Optional.of(days));
        }
        Matcher untilMatch = PAUSE_UNTIL.matcher(rest);
        if (untilMatch.matches()) {
            try {
                return new Command.Pause(Optional.of(LocalDate.parse(untilMatch.group(1))), Optional.empty());
            } catch (DateTimeParseException e) {
                return new Invalid("parse.pauseDate", Markdown.literal(untilMatch.group(1)));
            }
        }
        return new Invalid("parse.pauseHowLong");
    }

    private static Command time(String rest) {
        String[] parts = SPACES.split(rest, 2);
        boolean prompt = parts[0].equals("prompt") || parts[0].equals("morning");
        boolean checkin = parts[0].equals("checkin") || parts[0].equals("check-in") || parts[0].equals("evening");
        if (!prompt && !checkin || parts.length < 2) {
            return new Invalid("parse.time");
        }
        String at = AT_OR_TO.matcher(parts[1]).replaceFirst("");
        return TimeParser.parse(at)
                .<Command>map(t -> new Command.SetTime(prompt, t))
                .orElseGet(() -> new Invalid("parse.timeUnreadable", Markdown.literal(at)));
    }

    private static Command days(String rest) {
        if (rest.isEmpty()) {
            return new Invalid("parse.days");
        }
        return DaysParser.parse(rest).<Command>map(Command.SetDays::new)
                .orElseGet(() -> new Invalid("parse.daysUnreadable", Markdown.literal(rest)));
    }

    private static Command topics(String rest) {
        if (rest.isEmpty() || rest.equals("list")) {
            return new Command.Topics();
        }
        String[] parts = SPACES.split(rest, 2);
        if (parts.length == 2 && (parts[0].equals("add") || parts[0].equals("remove") || parts[0].equals("drop"))) {
            if (parts[1].contains(",")) {
                return new Invalid("parse.topicsOneAtATime", parts[0]);
            }
            String topic = parts[1].trim().replace(' ', '-');
            return parts[0].equals("add") ? new Command.AddTopic(topic) : new Command.RemoveTopic(topic);
        }
        return new Invalid("parse.topics");
    }

    private static Command tried(String text, String verb) {
        if (CHALLENGE_ALONE.matcher(text).matches()) {
            return new Invalid("parse.triedAfterChallenge", verb, CHALLENGE_NOISE.matcher(text).replaceAll(""));
        }
        if (text.isEmpty()) {
            return new Invalid("parse.triedEmpty", verb);
        }
        return new Command.Tried(UPPER_CHALLENGE.matcher(text).replaceFirst("c$1"));
    }

    private static Command goal(String text) {
        if (text.isEmpty()) {
            return new Command.ShowGoal();
        }
        if (text.length() > MAX_GOAL) {
            return new Invalid("parse.goalTooLong", text.length(), MAX_GOAL);
        }
        return new Command.SetGoal(text);
    }

    private static Command share(String rest) {
        return switch (rest) {
            case "on", "yes", "true" -> new Command.Share(true);
            case "off", "no", "false" -> new Command.Share(false);
            default -> new Invalid("parse.share");
        };
    }

    private static Command delete(String rest) {
        return switch (rest) {
            case "my data", "me", "everything", "my account" -> new Command.DeleteMyData(false);
            case "my data confirm", "my data yes", "my data now" -> new Command.DeleteMyData(true);
            default -> new Invalid("parse.delete");
        };
    }

    private static Command timeZone(String zone) {
        if (zone.isEmpty()) {
            return new Command.ShowTimeZone();
        }
        TimeZoneNames.Reading reading = TimeZoneNames.read(zone);
        return reading.zone().<Command>map(Command.SetTimeZone::new).orElseGet(() -> reading.suggestions().size() == 1
                ? new Invalid("parse.zoneWithSuggestion", zoneRefused(reading), reading.suggestions().get(0))
                : zoneRefused(reading));
    }

    /** Why the words of {@code reading} are no time zone, and the places they may mean. */
    static Invalid zoneRefused(TimeZoneNames.Reading reading) {
        String words = Markdown.literal(reading.words());
        return switch (reading.refusal()) {
            case ABBREVIATION -> new Invalid("zone.abbreviation", words, either(reading.suggestions()));
            case FIXED_OFFSET -> new Invalid("zone.fixedOffset", words);
            case UNKNOWN, NONE -> reading.suggestions().isEmpty() ? new Invalid("zone.unknown", words)
                    : new Invalid("zone.unknownNear", words, either(reading.suggestions()));
        };
    }

    /** "`A`", "`A` or `B`", "`A`, `B` or `C`", the "or" in the learner's language. */
    private static Object either(List<String> ids) {
        List<String> code = ids.stream().map(id -> "`" + id + "`").toList();
        return code.size() == 1 ? code.get(0)
                : new Invalid("list.or", String.join(", ", code.subList(0, code.size() - 1)), code.get(code.size() - 1));
    }

    private static Command unknown(String verb) {
        String shown = verb.length() > 40 ? verb.substring(0, 40) + "…" : verb;
        return new Invalid("parse.unknown", Markdown.literal(shown));
    }
}
