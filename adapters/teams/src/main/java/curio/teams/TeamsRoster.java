package curio.teams;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.schema.PagedMembersResult;
import com.microsoft.bot.schema.teams.ConversationList;
import okhttp3.ResponseBody;
import retrofit2.Response;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One page of {@code GET /v3/conversations/{id}/pagedmembers}, and a team's channels
 * ({@code GET /v3/teams/{id}/conversations}). The SDK's own call for the next page is broken in
 * 4.14.3 (its Retrofit path holds the query, which Retrofit refuses), so this declares the endpoints
 * itself on the SDK's Retrofit instance: same credentials, same failures
 * ({@link ErrorResponseException} carrying the status, for {@link ConnectorFailures}).
 */
final class TeamsRoster {

    /** Teams' largest page. */
    static final int PAGE_SIZE = 500;

    interface Api {
        @GET("v3/conversations/{conversationId}/pagedmembers")
        CompletableFuture<Response<ResponseBody>> page(@Path("conversationId") String conversationId,
                                                       @Query("pageSize") int pageSize,
                                                       @Query("continuationToken") String continuationToken);

        @GET("v3/teams/{teamId}/conversations")
        CompletableFuture<Response<ResponseBody>> channels(@Path("teamId") String teamId);
    }

    private TeamsRoster() {
    }

    /** The page after {@code continuationToken} (the first when null). */
    static CompletableFuture<PagedMembersResult> page(ConnectorClient client, String conversationId,
                                                      String continuationToken) {
        RestClient rest = ((RestConnectorClient) client).getRestClient();
        return rest.retrofit().create(Api.class).page(conversationId, PAGE_SIZE, continuationToken)
                .thenApply(response -> read(rest, response, "pagedmembers", PagedMembersResult.class));
    }

    /** The team's channels, each with its name (null for the General channel unless renamed). */
    static CompletableFuture<ConversationList> channels(ConnectorClient client, String teamId) {
        RestClient rest = ((RestConnectorClient) client).getRestClient();
        return rest.retrofit().create(Api.class).channels(teamId)
                .thenApply(response -> read(rest, response, "channels", ConversationList.class));
    }

    private static <T> T read(RestClient rest, Response<ResponseBody> response, String what, Class<T> type) {
        if (!response.isSuccessful()) {
            throw new CompletionException(new ErrorResponseException(what, response));
        }
        try (ResponseBody body = response.body()) {
            return rest.serializerAdapter().deserialize(body.string(), type);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }
}
