package curio.conversation;

import curio.chat.Mentions;
import curio.chat.TimeZoneNames;
import curio.conversation.Command.Invalid;
import curio.words.Texts;
import java.util.Optional;
import java.util.regex.Pattern;

/** The lead and admin grammar: team setup, leads, team goals, challenges, leaderboard. */
final class TeamCommandParser {

    static final Pattern CHALLENGE_ID = Pattern.compile("c\\d{1,6}");

    private TeamCommandParser() {
    }

    static Command team(String rest, String original) {
        if (rest.startsWith("setup") || rest.startsWith("set up")) {
            Optional<String> channel = Mentions.firstChannel(original);
            String after = original.replaceAll("<#[^>]*>", "").replaceFirst("(?i)^.*?set\\s?up", "").trim();
            if (after.isEmpty()) {
                return new Command.TeamSetup(channel, Optional.empty());
            }
            TimeZoneNames.Reading zone = TimeZoneNames.read(after);
            return zone.zone().<Command>map(z -> new Command.TeamSetup(channel, Optional.of(z)))
                    .orElseGet(() -> new Invalid("parse.teamZone", CommandParser.zoneRefused(zone)));
        }
        if (rest.startsWith("language")) {
            String code = original.replaceAll("<#[^>]*>", "").replaceFirst("(?i)^.*?language", "").trim();
            return code.isEmpty() ? new Invalid("parse.teamLanguage", Texts.codes())
                    : new Command.TeamLanguage(code.split("\\s+")[0], Mentions.firstChannel(original));
        }
        if (rest.startsWith("goals")) {
            return new Command.TeamGoals(Mentions.firstChannel(original));
        }
        return new Invalid("parse.team");
    }

    static Command admin(String rest, String original) {
        if (rest.equals("stats") || rest.equals("statistics")) {
            return new Command.AdminStats();
        }
        if (rest.equals("content reload") || rest.equals("reload content")) {
            return new Command.ReloadContent();
        }
        if (rest.equals("dashboard")) {
            return new Command.AdminDashboard();
        }
        String[] words = rest.split("\\s+");
        boolean leads = words.length >= 2 && (words[0].equals("leads") || words[0].equals("lead"));
        if (!leads || !(words[1].equals("add") || words[1].equals("remove"))) {
            return new Invalid("parse.admin");
        }
        Optional<String> user = Mentions.firstUser(original);
        if (user.isEmpty()) {
            return new Invalid("parse.adminLeadsMention", words[1]);
        }
        return new Command.ChangeLead(words[1].equals("add"), user.get(), Mentions.firstChannel(original));
    }

    static Command challenge(String rest, String original) {
        String[] words = rest.split("\\s+", 2);
        String verb = words[0];
        String argument = words.length > 1 ? words[1].trim() : "";
        switch (verb) {
            case "new", "create", "start" -> {
                return new Command.NewChallenge(Mentions.firstChannel(original));
            }
            case "list", "", "ls" -> {
                return new Command.ListChallenges();
            }
            case "join", "leave", "status", "end", "cancel", "edit" -> {
                String[] args = argument.split("\\s+");
                boolean confirmed = verb.equals("cancel") && args.length == 2 && args[1].equals("confirm");
                if (!CHALLENGE_ID.matcher(args[0]).matches() || args.length > (confirmed ? 2 : 1)) {
                    return new Invalid("parse.challengeId", verb);
                }
                String id = args[0];
                return switch (verb) {
                    case "join" -> new Command.JoinChallenge(id);
                    case "leave" -> new Command.LeaveChallenge(id);
                    case "status" -> new Command.ChallengeStatus(id);
                    case "end" -> new Command.EndChallenge(id);
                    case "cancel" -> new Command.CancelChallenge(id, confirmed);
                    default -> new Command.EditChallenge(id);
                };
            }
            default -> {
                return new Invalid("parse.challenge");
            }
        }
    }
}
