package curio.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Activities as Teams really sent them, kept as files in {@code payloads/teams/} beside the tests
 * (and in the test-jar, for the bot module's end-to-end tests). {@link #load} points one at a
 * {@link FakeBotConnector} (its {@code serviceUrl}) and gives it a new activity id, since Curio skips
 * a redelivered one; everything else is as recorded. The people, team and channel they name:
 */
public final class RecordedActivities {

    public static final String TENANT = "9a2bc5d1-6c55-4c6e-9d2a-3f0a3f8f7e21";
    public static final String CURIO = "28:3f6b1d5e-8c2a-4f7e-9b1d-2c4e6a8f0b13";
    /** The team "Learning Guild"; its General channel has the team's id. */
    public static final String TEAM = "19:Jf3HwQ8uVn2Lk5Rt7Yp1Zs4Xc6Bm9Nd0@thread.tacv2";
    /** The team's channel "Learning". */
    public static final String LEARNING = "19:Lr7Nq2Wx5Kp8Tz1Vb4Hc6Jm9Sd3Fg0Ya@thread.tacv2";
    /** A group chat Curio was added to. */
    public static final String GROUP_CHAT = "19:8e2f4a6c0b1d3e5f7a9c1e3b5d7f9a1c@thread.v2";
    public static final Activities.Person GRACE = new Activities.Person(
            "29:1Wq9xR3kTnJ8Lm2Pz5vB7cY0dF4gH6jK8lM1nQ3sT5uV7wX9yZ2aC4eG6iK8oM0qS2", "Grace Hopper",
            "0c0ffee0-1a2b-4c3d-8e9f-a0b1c2d3e4f5");
    public static final Activities.Person ADA = new Activities.Person(
            "29:1AdaL0vel4ceQz8Xw2Vr6Ts4Pn0Mk8Jh6Gf4Dc2Ba0Zy8Xw6Vu4Ts2Rq0Po8Nm6", "Ada Lovelace",
            "a7d1c0de-2b3c-4d5e-9f60-718293a4b5c6");
    /** Ada's personal chat with Curio ({@code ada-personal-message}). */
    public static final String ADA_CHAT = "a:1AdaPers0nalCh4tZx7Cv9Bn1Mq3Wr5Et7Yu9Io1Pa3Sd5Fg7Hj9Kl1Zx3Cv5Bn7";
    /** Grace's personal chat with Curio ({@code grace-challenge-new}). */
    public static final String GRACE_CHAT = "a:1Gr4ceH0pperPers0nalCh4tXq7Wm2Kd9Lp4Rt6Yz8Nc1Vb3Hj5Fg0Sd2Aq4We6Ty";
    public static final Activities.Person BOB = new Activities.Person(
            "29:1BobSt0neXc4Vb6Nm8Qw0Er2Ty4Ui6Op8As0Df2Gh4Jk6Lz8Xc0Vb2Nm4Qw6Er8Ty", "Bob Stone",
            "b0b5a1e2-3c4d-4e5f-8a9b-0c1d2e3f4a5b");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SENT = new AtomicLong();

    private RecordedActivities() {
    }

    /** The body of {@code payloads/teams/<name>.json}, sent through the connector at {@code serviceUrl}. */
    public static String load(String name, String serviceUrl) {
        return changed(name, serviceUrl, activity -> { });
    }

    /** The recorded message {@code name} with another {@code text}: the same person saying something else there. */
    public static String saying(String name, String serviceUrl, String text) {
        return changed(name, serviceUrl, activity -> activity.put("text", text).remove("attachments"));
    }

    /** The recorded activity {@code name} with one change, e.g. {@code a -> a.put("channelId", "webchat")}. */
    public static String changed(String name, String serviceUrl, Consumer<ObjectNode> change) {
        String path = "payloads/teams/" + name + ".json";
        try (InputStream in = RecordedActivities.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded activity " + path);
            }
            ObjectNode activity = (ObjectNode) JSON.readTree(in);
            activity.put("serviceUrl", serviceUrl);
            activity.put("id", activity.path("id").asText() + "-" + SENT.incrementAndGet());
            change.accept(activity);
            return JSON.writeValueAsString(activity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
