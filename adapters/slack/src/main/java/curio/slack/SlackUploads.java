package curio.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import curio.chat.DeliveryException;
import curio.chat.Message;

/**
 * A message's files into a Slack conversation through Bolt's {@code files.uploadV2}: per file
 * {@code files.getUploadURLExternal} (name, length) and a POST of its bytes to the upload URL Slack
 * returns, then one {@code files.completeUploadExternal} with {@code channel_id} and the message as
 * {@code initial_comment}, so the files and the words arrive as one message. Needs the {@code files:write} scope.
 */
final class SlackUploads {

    private SlackUploads() {
    }

    /**
     * Uploads; a refusal at any step is a {@link DeliveryException} naming Slack's error (or the upload's HTTP
     * status), left to the caller to log: a workspace without {@code files:write} can still be answered.
     */
    static FilesUploadV2Response upload(MethodsClient methods, String channel, Message message) throws Exception {
        try {
            return methods.filesUploadV2(r -> r.channel(channel).initialComment(SlackRenderer.text(message))
                    .uploadFiles(message.files().stream().map(file -> FilesUploadV2Request.UploadFile.builder()
                            .filename(file.name()).title(file.name()).fileData(file.content()).build()).toList()));
        } catch (SlackFilesUploadV2Exception e) {
            String error = error(e);
            throw SlackErrors.GONE.contains(error) ? DeliveryException.gone(error) : DeliveryException.retry(error);
        }
    }

    /** The first step Slack refused: its error code, or the HTTP status the upload URL answered. */
    static String error(SlackFilesUploadV2Exception e) {
        return e.getGetURLResponses().stream().filter(r -> !r.isOk()).map(r -> r.getError()).findFirst()
                .or(() -> e.getUploadResponses().values().stream().filter(r -> r.getCode() != 200)
                        .map(r -> "upload answered HTTP " + r.getCode()).findFirst())
                .or(() -> java.util.Optional.ofNullable(e.getCompleteResponse()).filter(r -> !r.isOk()).map(r -> r.getError()))
                .orElse("upload_failed");
    }
}
