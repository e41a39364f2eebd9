package curio.slack;

import com.google.gson.Gson;
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

    /**
     * The fields Curio sets, named as the Web API names them; blocks and metadata as JSON, not as
     * strings. Written straight out, not through a {@code JsonObject} tree: the tree doubled the
     * blocks' serialisation cost.
     */
    private String body(ChatPostMessageRequest message) {
        StringBuilder json = new StringBuilder(2_048).append("{\"channel\":").append(gson.toJson(message.getChannel()));
        if (message.getThreadTs() != null) {
            json.append(",\"thread_ts\":").append(gson.toJson(message.getThreadTs()));
        }
        json.append(",\"text\":").append(gson.toJson(message.getText()));
        if (message.getBlocks() != null && !message.getBlocks().isEmpty()) {
            json.append(",\"blocks\":").append(gson.toJson(message.getBlocks()));
        }
        if (message.getMetadata() != null) {
            json.append(",\"metadata\":").append(gson.toJson(message.getMetadata()));
        }
        return json.append('}').toString();
    }
}
