package curio.web;

import java.util.regex.Pattern;

/** Web users type {@code @alice} and {@code #general}; the engine reads {@code <@alice>} and {@code <#general>}. */
final class WebMentions {

    private static final Pattern USER = Pattern.compile("(^|\\s)@([A-Za-z0-9._+-]{1,64})");
    private static final Pattern CHANNEL = Pattern.compile("(^|\\s)#([A-Za-z0-9._@+-]{1,64})");

    private WebMentions() {
    }

    static String normalize(String text) {
        String users = USER.matcher(text).replaceAll("$1<@$2>");
        return CHANNEL.matcher(users).replaceAll("$1<#$2>");
    }
}
