package curio.teams;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Activity bodies as Teams posts them to {@code /api/messages} (timestamps without fractional
 * seconds included), for tests: post them with {@link Post#activity}, with a
 * {@link FakeBotConnector#url()} as the {@code serviceUrl}. Everyone is in {@link #TENANT}; the
 * learner is Ada ({@link #USER_AAD}), the bot {@link #BOT}, the team {@link #TEAM} whose General
 * channel has the team's id. Every body has a new activity id: Curio skips a redelivered one.
 * Shipped in the test-jar for the bot module's end-to-end tests.
 */
public final class Activities {

    public static final String TENANT = "tenant-1";
    public static final String USER_AAD = "aad-user-1";
    public static final String BOT = "28:curio-bot";
    public static final String TEAM = "19:team-general";

    /** A person or channel named in a message: Teams writes {@code <at>name</at>} and this entity. */
    public record Mention(String id, String name, String aadObjectId) {

        /** Curio itself, as Teams mentions the bot in a channel. */
        public static Mention bot() {
            return new Mention(BOT, "Curio", null);
        }

        public String text() {
            return "<at>" + name + "</at>";
        }

        String entity() {
            return "{\"type\":\"mention\",\"text\":\"" + text() + "\",\"mentioned\":{\"id\":\"" + id
                    + "\",\"name\":\"" + name + "\""
                    + (aadObjectId == null ? "" : ",\"aadObjectId\":\"" + aadObjectId + "\"") + "}}";
        }
    }

    /** Someone in the tenant: the {@code 29:} channel account id, a name and the AAD object id. */
    public record Person(String accountId, String name, String aadObjectId) {

        String json() {
            return "{\"id\":\"" + accountId + "\",\"name\":\"" + name + "\",\"aadObjectId\":\"" + aadObjectId + "\"}";
        }
    }

    /** The learner of the single-person helpers below. */
    public static final Person ADA = new Person("29:user-1", "Ada Lovelace", USER_AAD);

    private Activities() {
    }

    /** {@code who} writes {@code text} to Curio in their personal chat {@code conversationId}. */
    public static String personalMessage(String serviceUrl, Person who, String conversationId, String text) {
        return """
            {"type":"message","id":"act-%s","timestamp":"2025-03-03T08:15:02Z","localTimezone":"Europe/Berlin",
             "serviceUrl":"%s","channelId":"msteams","from":%s,
             "conversation":{"conversationType":"personal","tenantId":"%s","id":"%s"},
             "recipient":{"id":"%s","name":"Curio"},"textFormat":"plain","locale":"en-GB","text":"%s",
             "channelData":{"tenant":{"id":"%s"}}}
            """.formatted(System.nanoTime(), serviceUrl, who.json(), TENANT, conversationId, BOT, text, TENANT);
    }

    /**
     * {@code who} submits the card {@code replyToId} in a personal chat or a team channel
     * ({@code conversationType} "personal" or "channel"); {@code valueJson} is the card's data object
     * with the inputs merged in, e.g. {@code {"actionId":"prompt.quiz","value":"p1:0"}}.
     */
    public static String cardSubmit(String serviceUrl, Person who, String conversationType, String conversationId,
                                    String replyToId, String valueJson) {
        String team = conversationType.equals("channel")
                ? ",\"team\":{\"id\":\"" + TEAM + "\"},\"channel\":{\"id\":\"" + conversationId + "\"}" : "";
        return """
            {"type":"message","id":"act-%s","timestamp":"2025-03-03T08:16:00.1234567Z",
             "serviceUrl":"%s","channelId":"msteams","replyToId":"%s","from":%s,
             "conversation":{"conversationType":"%s","tenantId":"%s","isGroup":%s,"id":"%s"},
             "recipient":{"id":"%s","name":"Curio"},"value":%s,
             "channelData":{"tenant":{"id":"%s"}%s}}
            """.formatted(System.nanoTime(), serviceUrl, replyToId, who.json(), conversationType, TENANT,
                !conversationType.equals("personal"), conversationId, BOT, valueJson, TENANT, team);
    }

    /** {@code who} adds ({@code add}) or removes ({@code remove}) Curio in the team {@link #TEAM}. */
    public static String teamInstallation(String serviceUrl, String action, Person who) {
        return """
            {"type":"installationUpdate","action":"%s","id":"act-%s","timestamp":"2025-03-03T08:00:00Z",
             "serviceUrl":"%s","channelId":"msteams","from":%s,
             "conversation":{"conversationType":"channel","tenantId":"%s","isGroup":true,"id":"%s"},
             "recipient":{"id":"%s","name":"Curio"},
             "channelData":{"tenant":{"id":"%s"},"team":{"id":"%s","name":"Learning Guild"},"channel":{"id":"%s"}}}
            """.formatted(action, System.nanoTime(), serviceUrl, who.json(), TENANT, TEAM, BOT, TENANT, TEAM, TEAM);
    }

    /**
     * A message from Ada in a team channel's thread ({@code channelId;messageid=rootId}); the text
     * names the mentions with {@link Mention#text()}, e.g. {@code "<at>Curio</at> team setup"}.
     */
    public static String channelMessage(String serviceUrl, String channelId, String rootId, String text,
                                        List<Mention> mentions) {
        String entities = mentions.stream().map(Mention::entity).collect(Collectors.joining(",", "[", "]"));
        return """
            {"type":"message","id":"%s-%s","timestamp":"2025-03-03T08:20:00Z",
             "serviceUrl":"%s","channelId":"msteams",
             "from":{"id":"29:user-1","name":"Ada Lovelace","aadObjectId":"%s"},
             "conversation":{"conversationType":"channel","tenantId":"%s","isGroup":true,"id":"%s;messageid=%s"},
             "recipient":{"id":"%s","name":"Curio"},
             "textFormat":"plain","locale":"en-GB","text":"%s","entities":%s,
             "channelData":{"tenant":{"id":"%s"},"team":{"id":"%s"},"channel":{"id":"%s"}}}
            """.formatted(rootId, System.nanoTime(), serviceUrl, USER_AAD, TENANT, channelId, rootId, BOT, text, entities,
                TENANT, TEAM, channelId);
    }

    /** Ada writes {@code text} to Curio in her personal chat {@code a:personal-1}. */
    public static String personalMessage(String serviceUrl, String text) {
        return """
            {"type":"message","id":"act-1-%s","timestamp":"2025-03-03T08:15:02Z",
             "localTimestamp":"2025-03-03T09:15:02+01:00","localTimezone":"Europe/Berlin",
             "serviceUrl":"%s","channelId":"msteams",
             "from":{"id":"29:user-1","name":"Ada Lovelace","aadObjectId":"%s"},
             "conversation":{"conversationType":"personal","tenantId":"%s","id":"a:personal-1"},
             "recipient":{"id":"%s","name":"Curio"},
             "textFormat":"plain","locale":"en-GB","text":"%s",
             "channelData":{"tenant":{"id":"%s"}}}
            """.formatted(System.nanoTime(), serviceUrl, USER_AAD, TENANT, BOT, text, TENANT);
    }

    /** Ada clicks {@code actionId} with {@code value} on the card {@code replyToId} in her personal chat. */
    public static String cardSubmit(String serviceUrl, String replyToId, String actionId, String value) {
        return """
            {"type":"message","id":"act-2-%s","timestamp":"2025-03-03T08:16:00.1234567Z",
             "serviceUrl":"%s","channelId":"msteams","replyToId":"%s",
             "from":{"id":"29:user-1","name":"Ada Lovelace","aadObjectId":"%s"},
             "conversation":{"conversationType":"personal","tenantId":"%s","id":"a:personal-1"},
             "recipient":{"id":"%s","name":"Curio"},
             "value":{"actionId":"%s","value":"%s","once":true},
             "channelData":{"tenant":{"id":"%s"}}}
            """.formatted(System.nanoTime(), serviceUrl, replyToId, USER_AAD, TENANT, BOT, actionId, value, TENANT);
    }

    /** Curio is added ({@code add}) or removed ({@code remove}) in a personal chat, group chat or team. */
    public static String installation(String serviceUrl, String action, String conversationType, String conversationId) {
        return """
            {"type":"installationUpdate","action":"%s","id":"act-3-%s","timestamp":"2025-03-03T08:00:00Z",
             "serviceUrl":"%s","channelId":"msteams",
             "from":{"id":"29:user-1","name":"Ada Lovelace","aadObjectId":"%s"},
             "conversation":{"conversationType":"%s","tenantId":"%s","id":"%s"},
             "recipient":{"id":"%s","name":"Curio"},
             "channelData":{"tenant":{"id":"%s"}}}
            """.formatted(action, System.nanoTime(), serviceUrl, USER_AAD, conversationType, TENANT, conversationId, BOT, TENANT);
    }

    /** Grace adds Curio to {@link #TEAM}; the activity comes from its General channel. */
    public static String botAddedToTeam(String serviceUrl) {
        return """
            {"type":"conversationUpdate","id":"act-4-%s","timestamp":"2025-03-03T08:00:01Z",
             "serviceUrl":"%s","channelId":"msteams",
             "from":{"id":"29:admin-1","name":"Grace Hopper","aadObjectId":"aad-admin-1"},
             "conversation":{"conversationType":"channel","tenantId":"%s","isGroup":true,"id":"19:team-general"},
             "recipient":{"id":"%s","name":"Curio"},
             "membersAdded":[{"id":"%s"}],
             "channelData":{"tenant":{"id":"%s"},"team":{"id":"19:team-general","name":"Learning Guild"}}}
            """.formatted(System.nanoTime(), serviceUrl, TENANT, BOT, BOT, TENANT);
    }
}
