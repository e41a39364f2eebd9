package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import curio.chat.Mentions;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a Teams message text into the neutral form of {@link Mentions}. Teams writes each
 * mention as {@code <at>Name</at>} and describes it in a {@code mention} entity: the bot's own
 * mention is dropped, a person becomes {@code <@aadObjectId>}, a channel or team ({@code 19:} ids)
 * {@code <#channelId>}, a tag its plain name. The rest of the HTML is reduced to text. A person's
 * name and account id are remembered, so Curio can mention them back ({@link TeamsNames}).
 */
final class TeamsMentions {

    private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");
    private static final Pattern ORG_ID = Pattern.compile("^8:orgid:([0-9a-fA-F-]{36})$");

    private final ObjectMapper mapper;
    private final TeamsDirectory directory;

    TeamsMentions(ObjectMapper mapper, TeamsDirectory directory) {
        this.mapper = mapper;
        this.directory = directory;
    }

    String text(Activity activity, String tenantId) {
        String text = activity.getText() == null ? "" : activity.getText();
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        List<String> replacements = new ArrayList<>();
        JsonNode entities = activity.getEntities() == null ? null : mapper.valueToTree(activity.getEntities());
        if (entities != null) {
            for (JsonNode entity : entities) {
                String said = entity.path("text").asText("");
                int at = said.isEmpty() || !"mention".equals(entity.path("type").asText()) ? -1 : text.indexOf(said);
                if (at >= 0) {
                    replacements.add(neutral(entity.path("mentioned"), botId, said, tenantId));
                    String placeholder = "\uE000" + (replacements.size() - 1) + "\uE001";
                    text = text.substring(0, at) + placeholder + text.substring(at + said.length());
                }
            }
        }
        text = text.replaceAll("<at>([^<]*)</at>", "$1").replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ");
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacements.get(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t\\u00A0]{2,}", " ").trim();
    }

    private String neutral(JsonNode mentioned, String botId, String said, String tenantId) {
        String id = mentioned.path("id").asText("");
        if (id.isEmpty() || id.equals(botId)) {
            return "";
        }
        if (id.startsWith("19:")) {
            return Mentions.channel(TeamsChannels.channelId(id));
        }
        if ("tag".equals(mentioned.path("type").asText())) {
            return said.replaceAll("<[^>]+>", "");
        }
        String aad = mentioned.path("aadObjectId").asText("");
        if (aad.isEmpty()) {
            Matcher orgId = ORG_ID.matcher(id);
            aad = orgId.matches() ? orgId.group(1) : directory.aadObjectId(tenantId, id).orElse(id);
        }
        if (tenantId != null) {
            String account = id.startsWith("29:") ? id : null;
            if (!aad.equals(id)) {
                directory.account(tenantId, account, aad);
            }
            directory.saw(new UserRef(new TenantId(Platform.TEAMS, tenantId), aad), account,
                    mentioned.path("name").asText(said.replaceAll("<[^>]+>", "")), null, null);
        }
        return Mentions.user(aad);
    }
}
