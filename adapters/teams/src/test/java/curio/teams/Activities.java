package curio.teams;

/** Activity bodies as Teams posts them (timestamps without fractional seconds included). */
final class Activities {

    static final String TENANT = "tenant-1";
    static final String USER_AAD = "aad-user-1";
    static final String BOT = "28:curio-bot";

    private Activities() {
    }

    static String personalMessage(String serviceUrl, String text) {
        return """
            {"type":"message","id":"act-1","timestamp":"2025-03-03T08:15:02Z",
             "localTimestamp":"2025-03-03T09:15:02+01:00","localTimezone":"Europe/Berlin",
             "serviceUrl":"%s","channelId":"msteams",
             "from":{"id":"29:user-1","name":"Ada Lovelace","aadObjectId":"%s"},
             "conversation":{"conversationType":"personal","tenantId":"%s","id":"a:personal-1"},
             "recipient":{"id":"%s","name":"Curio"},
             "textFormat":"plain","locale":"en-GB","text":"%s",
             "channelData":{"tenant":{"id":"%s"}}}
            """.formatted(serviceUrl, USER_AAD, TENANT, BOT, text, TENANT);
    }

    static String cardSubmit(String serviceUrl, String replyToId, String actionId, String value) {
        return """
            {"type":"message","id":"act-2","timestamp":"2025-03-03T08:16:00.1234567Z",
             "serviceUrl":"%s","channelId":"msteams","replyToId":"%s",
             "from":{"id":"29:user-1","name":"Ada Lovelace","aadObjectId":"%s"},
             "conversation":{"conversationType":"personal","tenantId":"%s","id":"a:personal-1"},
             "recipient":{"id":"%s","name":"Curio"},
             "value":{"actionId":"%s","value":"%s","once":true},
             "channelData":{"tenant":{"id":"%s"}}}
            """.formatted(serviceUrl, replyToId, USER_AAD, TENANT, BOT, actionId, value, TENANT);
    }

    static String installation(String serviceUrl, String action, String conversationType, String conversationId) {
        return """
            {"type":"installationUpdate","action":"%s","id":"act-3","timestamp":"2025-03-03T08:00:00Z",
             "serviceUrl":"%s","channelId":"msteams",
             "from":{"id":"29:user-1","name":"Ada Lovelace","aadObjectId":"%s"},
             "conversation":{"conversationType":"%s","tenantId":"%s","id":"%s"},
             "recipient":{"id":"%s","name":"Curio"},
             "channelData":{"tenant":{"id":"%s"}}}
            """.formatted(action, serviceUrl, USER_AAD, conversationType, TENANT, conversationId, BOT, TENANT);
    }

    static String botAddedToTeam(String serviceUrl) {
        return """
            {"type":"conversationUpdate","id":"act-4","timestamp":"2025-03-03T08:00:01Z",
             "serviceUrl":"%s","channelId":"msteams",
             "from":{"id":"29:admin-1","name":"Grace Hopper","aadObjectId":"aad-admin-1"},
             "conversation":{"conversationType":"channel","tenantId":"%s","isGroup":true,"id":"19:team-general"},
             "recipient":{"id":"%s","name":"Curio"},
             "membersAdded":[{"id":"%s"}],
             "channelData":{"tenant":{"id":"%s"},"team":{"id":"19:team-general"}}}
            """.formatted(serviceUrl, TENANT, BOT, BOT, TENANT);
    }
}
