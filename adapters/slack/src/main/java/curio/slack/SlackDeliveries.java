package curio.slack;

import com.slack.api.model.Message;
import java.time.Instant;
import java.util.Map;

/**
 * How a scheduled delivery is recognised in a DM: {@code chat.postMessage} carries message
 * metadata {@code {event_type: "curio_delivery", event_payload: {delivery: "<id>"}}}, and
 * {@code conversations.history} with {@code include_all_metadata} returns it, so a delivery whose
 * sender crashed mid-send is looked up instead of posted twice.
 */
final class SlackDeliveries {

    static final String EVENT_TYPE = "curio_delivery";
    static final String PAYLOAD_FIELD = "delivery";
    /** One page of the DM since the delivery was queued: Curio posts a handful of messages a day there. */
    static final int PAGE = 100;

    private SlackDeliveries() {
    }

    static Message.Metadata metadata(String deliveryId) {
        return Message.Metadata.builder().eventType(EVENT_TYPE).eventPayload(Map.of(PAYLOAD_FIELD, deliveryId)).build();
    }

    static boolean carries(Message message, String deliveryId) {
        Message.Metadata metadata = message.getMetadata();
        return metadata != null && EVENT_TYPE.equals(metadata.getEventType()) && metadata.getEventPayload() != null
                && deliveryId.equals(String.valueOf(metadata.getEventPayload().get(PAYLOAD_FIELD)));
    }

    /** A Slack {@code ts} for {@code oldest}. */
    static String ts(Instant instant) {
        return instant.getEpochSecond() + "." + String.format("%06d", instant.getNano() / 1000);
    }

    /** A user id rather than a conversation id: chat.postMessage opens the DM, history needs its id. */
    static boolean isUser(String channel) {
        return channel.startsWith("U") || channel.startsWith("W");
    }
}
