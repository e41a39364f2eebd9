package curio.slack;

import com.google.gson.Gson;
import com.slack.api.RequestConfigurator;
import com.slack.api.Slack;
import com.slack.api.methods.Methods;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Response;

/**
 * {@code chat.postMessage} as the SDK's {@code MethodsClient} sends it (the same form, the same
 * response model), with its answer read by one {@link Gson}: the SDK builds a new Gson for every
 * answer, and with it the reflective adapters of the whole message model, which was about half of
 * Curio's CPU in a fan-out of scheduled posts.
 */
final class SlackPostMessage {

    private final Slack slack;
    private final Gson gson;

    SlackPostMessage(Slack slack) {
        this.slack = slack;
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
    }

    ChatPostMessageResponse post(String token,
                                 RequestConfigurator<ChatPostMessageRequest.ChatPostMessageRequestBuilder> request)
            throws IOException, SlackApiException {
        FormBody form = RequestFormBuilder.toForm(request.configure(ChatPostMessageRequest.builder()).build()).build();
        String url = slack.getConfig().getMethodsEndpointUrlPrefix() + Methods.CHAT_POST_MESSAGE;
        try (Response response = slack.getHttpClient().postFormWithBearerHeader(url, token, form)) {
            String body = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(slack.getConfig(), response, body);
            }
            return gson.fromJson(body, ChatPostMessageResponse.class);
        }
    }
}
