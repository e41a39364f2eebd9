package curio.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Every error the HTTP server answers on its own (an empty body, 405, 413, 415) has the same
 * small shape as the API's own: {@code {"error": "..."}}. Server errors never show internals.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ErrorBodies implements ErrorResponseProcessor<Map<String, String>> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Map<String, String>> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Map<String, String>>) base;
        }
        String message = base.getStatus().getCode() >= 500
                ? "Something went wrong on our side; please try again."
                : context.getErrors().stream().map(Error::getMessage).filter(java.util.Objects::nonNull).findFirst()
                        .orElse(base.getStatus().getReason());
        return ((MutableHttpResponse<Map<String, String>>) base).body(Map.of("error", message))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
