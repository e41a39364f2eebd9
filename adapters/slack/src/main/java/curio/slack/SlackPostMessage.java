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
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code chat.postMessage} with a JSON body (which Slack's Web API takes for this method), its
 * answer read into the SDK's response model by one {@link Gson}. The SDK's {@code MethodsClient}
 * sends a form instead: OkHttp percent-encodes the blocks' JSON character by character, twice per
 * call (to count and to write), which was a quarter of Curio's CPU in a fan-out of scheduled posts;
 * and it builds a new Gson for every answer, with the reflective adapters of the whole message model.
 *
 * <p>Posts go through {@link #POOLS} copies of the Web API client, each with a connection pool of its
 * own, chosen by the workspace's token. OkHttp finds a free connection, and prunes its pool after every
 * call, by walking every connection of the pool: with hundreds of posts in flight in a fan-out that walk
 * was a tenth of Curio's CPU (JFR, 100,000 learners in 1,000 workspaces); a sixteenth of the connections
 * per pool makes it a sixteenth of the work.
 */
final class SlackPostMessage {

    static final int POOLS = 16;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final Slack slack;
    private final Gson gson;
    private final OkHttpClient[] clients = new OkHttpClient[POOLS];

    SlackPostMessage(Slack slack) {
        this.slack = slack;
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
        OkHttpClient shared = slack.getHttpClient().getOkHttpClient();
        for (int i = 0; i < POOLS; i++) {
            clients[i] = shared.newBuilder()
                    .connectionPool(new ConnectionPool(SlackFactory.KEPT_CONNECTIONS / POOLS, 5, TimeUnit.MINUTES))
                    .dispatcher(new Dispatcher())
                    .build();
        }
    }

    ChatPostMessageResponse post(String token,
                                 RequestConfigurator<ChatPostMessageRequest.ChatPostMessageRequestBuilder> configured)
            throws IOException, SlackApiException {
        Request request = new Request.Builder()
                .url(slack.getConfig().getMethodsEndpointUrlPrefix() + Methods.CHAT_POST_MESSAGE)
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(body(configured.configure(ChatPostMessageRequest.builder()).build()), JSON))
                .build();
        try (Response response = clients[Math.floorMod(token.hashCode(), POOLS)].newCall(request).execute()) {
            // The Web API answers UTF-8 JSON: read as such, not through the answer's Content-Type parsed again.
            String body = response.body() == null ? "" : new String(response.body().bytes(), StandardCharsets.UTF_8);
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
