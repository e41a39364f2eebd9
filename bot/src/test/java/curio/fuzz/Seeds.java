package curio.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** The recorded payloads under {@code fuzz/} (see its README) and the commands put in their text. */
final class Seeds {

    static final List<String> SLACK = List.of("event_callback.message.im.json", "event_callback.app_mention.json",
            "event_callback.app_home_opened.json", "event_callback.member_joined_channel.json",
            "event_callback.app_uninstalled.json", "slash_command.txt", "block_actions.json", "block_actions.home.json",
            "view_submission.json");
    static final List<String> TEAMS = List.of("message.personal.json", "message.personal.submit.json",
            "message.personal.form.json", "message.channel.submit.json", "message.channel.mention.json",
            "installationUpdate.personal.add.json", "installationUpdate.team.add.json",
            "conversationUpdate.membersAdded.json", "invoke.adaptiveCard.action.json");
    static final List<String> COMMANDS = List.of("help", "start", "streak", "today", "tried a new shortcut",
            "pause for 2 days", "resume", "time prompt 09:30", "time checkin 17:00", "days mon-fri", "topics",
            "topics remove focus", "goal learn Kotlin", "share on", "export", "leaderboard", "challenge list",
            "challenge new", "challenge join 1", "timezone Europe/Paris", "stop", "delete my data",
            "team setup <#C0LEARNING|learning>", "admin stats", "admin leads add <@U0LEAD> <#C0LEARNING>", "xyzzy");

    private Seeds() {
    }

    static String load(String platform, String name) {
        String path = "fuzz/" + platform + "/" + name;
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String command(Random random) {
        return COMMANDS.get(random.nextInt(COMMANDS.size()));
    }

    /** {@code text} inside a JSON string. */
    static String jsonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
