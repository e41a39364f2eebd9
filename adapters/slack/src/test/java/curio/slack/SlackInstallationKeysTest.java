package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.bolt.model.builtin.DefaultBot;
import curio.chat.Platform;
import curio.chat.TenantId;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * Installations at rest: each record is bound to its workspace (a record copied to another
 * workspace's key does not decrypt), and {@code CURIO_ENCRYPTION_KEY_OLD} rotates the key: records
 * written under the old key, or before records carried a version, are read and re-encrypted.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackInstallationKeysTest implements TestPropertyProvider {

    static final byte[] NEW = key(1);
    static final byte[] OLD = key(2);
    final FakeSlackApi slack = SlackEventsEndpointTest.start();

    @Inject EmbeddedServer server;
    @Inject UnifiedJedis redis;
    @Inject SlackSettings settings;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("slack.client.id", "111.222", "slack.client.secret", "client-secret", "slack.signing.secret",
                SignedRequests.SECRET, "curio.encryption.key", Base64.getEncoder().encodeToString(NEW),
                "curio.encryption.key.old", Base64.getEncoder().encodeToString(OLD), "slack.api.url", slack.url());
    }

    @AfterAll
    void stop() {
        slack.close();
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    private static TenantId slack(String team) {
        return new TenantId(Platform.SLACK, team);
    }

    private static String bot(String team, String token) {
        DefaultBot bot = new DefaultBot();
        bot.setTeamId(team);
        bot.setBotAccessToken(token);
        bot.setBotUserId("UBOT");
        return new Gson().toJson(bot);
    }

    /** A record as Curio 0.1 stored it: base64 of nonce and AES-GCM ciphertext, no version, no associated data. */
    static String unversioned(byte[] key, String plain) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    }

    private SlackInstallations installations(byte[] current) {
        SlackSettings only = new SlackSettings(settings.botToken(), settings.signingSecret(), settings.appToken(),
                settings.clientId(), settings.clientSecret(), settings.redirectUri(), settings.apiUrl(), current, new byte[0]);
        return new SlackInstallations(redis, Slack.getInstance(), only, Clock.systemUTC());
    }

    private static String dm(String team, String eventId) {
        return SignedRequests.event(eventId, SignedRequests.dm("U1", "start")).replace("T1", team);
    }

    @Test
    void aWorkspaceInstalledUnderTheOldKeyIsServedAndItsRecordReencryptedWithTheNewKey() throws Exception {
        String key = SlackKeys.installation(slack("T21"));
        redis.set(key, unversioned(OLD, bot("T21", "xoxb-21-rotated-token-0000")));

        assertEquals(200, new SignedRequests(server.getURI()).json(dm("T21", "Ev-rotate-1")).statusCode());
        FakeSlackApi.Call reply = slack.await("chat.postMessage", 1, Duration.ofSeconds(20)).stream()
                .filter(c -> "xoxb-21-rotated-token-0000".equals(c.token())).findFirst().orElseThrow(() ->
                        new AssertionError("no reply with the workspace's token: " + slack.calls()));
        assertEquals("D1", reply.param("channel"));

        String stored = redis.get(key);
        assertTrue(stored.startsWith("v1:"), stored);
        assertEquals("xoxb-21-rotated-token-0000", installations(NEW).findBot(null, "T21").getBotAccessToken(),
                "readable with the new key alone: CURIO_ENCRYPTION_KEY_OLD can go");
    }

    @Test
    void aRecordCopiedToAnotherWorkspaceDoesNotDecrypt() throws Exception {
        SlackInstallations installations = installations(NEW);
        DefaultBot victim = new Gson().fromJson(bot("T22", "xoxb-22-victim-token-0000"), DefaultBot.class);
        installations.saveBot(victim);
        redis.set(SlackKeys.installation(slack("T23")), redis.get(SlackKeys.installation(slack("T22"))));

        assertTrue(new SignedRequests(server.getURI()).json(dm("T23", "Ev-copied-1")).statusCode() != 500);
        Thread.sleep(500);
        assertTrue(slack.calls().stream().noneMatch(c -> "xoxb-22-victim-token-0000".equals(c.token())),
                "T23 never speaks with T22's token: " + slack.calls());
        assertThrows(IllegalStateException.class, () -> installations.findBot(null, "T23"));
        assertEquals("xoxb-22-victim-token-0000", installations.findBot(null, "T22").getBotAccessToken());

        redis.set(SlackKeys.installation(slack("T27")), unversioned(NEW, bot("T22", "xoxb-22-victim-token-0000")));
        assertThrows(IllegalStateException.class, () -> installations.findBot(null, "T27"),
                "a record from before versions names its workspace, which must be the one it is stored for");
        redis.del(SlackKeys.installation(slack("T23")), SlackKeys.installation(slack("T27")));
    }

    @Test
    void atStartEveryRecordUnderTheOldKeyOrWithoutVersionIsReencrypted() throws Exception {
        redis.set(SlackKeys.installation(slack("T24")), unversioned(OLD, bot("T24", "xoxb-24-old-key-0000")));
        redis.set(SlackKeys.installation(slack("T25")), unversioned(NEW, bot("T25", "xoxb-25-no-version-0000")));
        String unknown = unversioned(key(3), bot("T26", "xoxb-26-lost-0000"));
        redis.set(SlackKeys.installation(slack("T26")), unknown);
        String copied = unversioned(NEW, bot("T24", "xoxb-24-copied-0000"));
        redis.set(SlackKeys.installation(slack("T28")), copied);

        SlackInstallations.Rekeyed result = new SlackInstallations(redis, Slack.getInstance(), settings, Clock.systemUTC())
                .reencrypt();

        assertTrue(result.reencrypted() >= 2 && result.unreadable() >= 2, result.toString());
        assertTrue(redis.get(SlackKeys.installation(slack("T24"))).startsWith("v1:"));
        assertTrue(redis.get(SlackKeys.installation(slack("T25"))).startsWith("v1:"));
        assertEquals(unknown, redis.get(SlackKeys.installation(slack("T26"))), "a record no key opens is left as it was");
        assertEquals(copied, redis.get(SlackKeys.installation(slack("T28"))), "another workspace's record is not adopted");
        assertEquals("xoxb-24-old-key-0000", installations(NEW).findBot(null, "T24").getBotAccessToken());
        assertEquals("xoxb-25-no-version-0000", installations(NEW).findBot(null, "T25").getBotAccessToken());
        redis.del(SlackKeys.installation(slack("T26")), SlackKeys.installation(slack("T28")));
    }
}
