package curio.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.RequestConfigurator;
import com.slack.api.Slack;
import com.slack.api.methods.Methods;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code chat.postMessage} with a JSON body (which Slack's Web API takes for this method), its
 * answer read into the SDK's response model by one {@link Gson}. The SDK's {@code MethodsClient}
 * sends a form instead: OkHttp percent-encodes the blocks' JSON character by character, twice per
 * call (to count and to write), which was a quarter of Curio's CPU in a fan-out of scheduled posts;
 * and it builds a new Gson for every answer, with the reflective adapters of the whole message model.
 */
final class SlackPostMessage {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final Slack slack;
    private final Gson gson;

    SlackPostMessage(Slack slack) {
        this.slack = slack;
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
    }

    ChatPostMessageResponse post(String token,
                                 RequestConfigurator<ChatPostMessageRequest.ChatPostMessageRequestBuilder> configured)
            throws IOException, SlackApiException {
        Request request = new Request.Builder()
                .url(slack.getConfig().getMethodsEndpointUrlPrefix() + Methods.CHAT_POST_MESSAGE)
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(body(configured.configure(ChatPostMessageRequest.builder()).build()), JSON))
                .build();
        try (Response response = slack.getHttpClient().getOkHttpClient().newCall(request).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(slack.getConfig(), response, body);
            }
            return gson.fromJson(body, ChatPostMessageResponse.class);
        }
    }

    /** The fields Curio sets, named as the Web API names them; blocks and metadata as JSON, not as strings. */
    private String body(ChatPostMessageRequest message) {
        JsonObject json = new JsonObject();
        json.addProperty("channel", message.getChannel());
        if (message.getThreadTs() != null) {
            json.addProperty("thread_ts", message.getThreadTs());
        }
        json.addProperty("text", message.getText());
        if (message.getBlocks() != null && !message.getBlocks().isEmpty()) {
            json.add("blocks", gson.toJsonTree(message.getBlocks()));
        }
        if (message.getMetadata() != null) {
            json.add("metadata", gson.toJsonTree(message.getMetadata()));
        }
        return gson.toJson(json);
    }
}
