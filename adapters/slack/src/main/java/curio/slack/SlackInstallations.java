package curio.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import curio.chat.Platform;
import curio.chat.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * OAuth installations in Redis, encrypted with {@link TokenCipher}. A rotating bot token is
 * refreshed here, under a Redis lock, so two replicas never spend the same refresh token.
 */
final class SlackInstallations implements InstallationService {

    static final Duration REFRESH_BEFORE = Duration.ofHours(2);
    private static final Logger LOG = LoggerFactory.getLogger(SlackInstallations.class);
    private static final Gson GSON = new Gson();

    private final RedisClient redis;
    private final TokenCipher cipher;
    private final Slack slack;
    private final SlackSettings settings;
    private final Clock clock;
    private boolean historicalData;

    SlackInstallations(RedisClient redis, Slack slack, SlackSettings settings, Clock clock) {
        this.redis = redis;
        this.cipher = new TokenCipher(settings.encryptionKey());
        this.slack = slack;
        this.settings = settings;
        this.clock = clock;
    }

    static TenantId tenant(Boolean enterpriseInstall, String enterpriseId, String teamId) {
        boolean orgWide = Boolean.TRUE.equals(enterpriseInstall) || teamId == null;
        return new TenantId(Platform.SLACK, orgWide ? enterpriseId : teamId);
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        if (installer.getInstalledAt() == null) {
            installer.setInstalledAt(clock.millis());
        }
        TenantId tenant = tenant(installer.getIsEnterpriseInstall(), installer.getEnterpriseId(), installer.getTeamId());
        if (installer.getInstallerUserId() != null) {
            redis.set(SlackKeys.installer(tenant, installer.getInstallerUserId()), cipher.encrypt(GSON.toJson(installer)));
        }
        saveBot(installer.toBot());
        LOG.info("Slack: installed in {}", tenant);
    }

    @Override
    public void saveBot(Bot bot) {
        TenantId tenant = tenant(bot.getIsEnterpriseInstall(), bot.getEnterpriseId(), bot.getTeamId());
        redis.set(SlackKeys.installation(tenant), cipher.encrypt(GSON.toJson(bot)));
    }

    @Override
    public void deleteBot(Bot bot) {
        redis.del(SlackKeys.installation(tenant(bot.getIsEnterpriseInstall(), bot.getEnterpriseId(), bot.getTeamId())));
    }

    @Override
    public void deleteInstaller(Installer installer) {
        TenantId tenant = tenant(installer.getIsEnterpriseInstall(), installer.getEnterpriseId(), installer.getTeamId());
        redis.del(SlackKeys.installer(tenant, installer.getInstallerUserId()));
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        DefaultBot bot = teamId == null ? null : read(new TenantId(Platform.SLACK, teamId));
        if (bot == null && enterpriseId != null) {
            bot = read(new TenantId(Platform.SLACK, enterpriseId));
        }
        return bot == null || !expiring(bot) ? bot : refresh(bot);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        if (userId == null) {
            return null;
        }
        TenantId tenant = tenant(null, enterpriseId, teamId);
        String sealed = redis.get(SlackKeys.installer(tenant, userId));
        return sealed == null ? null : GSON.fromJson(cipher.decrypt(sealed), DefaultInstaller.class);
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        purge(redis, tenant(null, enterpriseId, teamId));
    }

    /** Deletes every key of this adapter for the workspace: installation, installers, dedupe, profiles. */
    static void purge(RedisClient redis, TenantId tenant) {
        ScanParams match = new ScanParams().match(SlackKeys.pattern(tenant)).count(500);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, match);
            if (!page.getResult().isEmpty()) {
                redis.del(page.getResult().toArray(String[]::new));
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        LOG.info("Slack: removed the installation data of {}", tenant);
    }

    private DefaultBot read(TenantId tenant) {
        String sealed = redis.get(SlackKeys.installation(tenant));
        return sealed == null ? null : GSON.fromJson(cipher.decrypt(sealed), DefaultBot.class);
    }

    private boolean expiring(Bot bot) {
        return bot.getBotRefreshToken() != null && bot.getBotTokenExpiresAt() != null
                && bot.getBotTokenExpiresAt() - clock.millis() < REFRESH_BEFORE.toMillis();
    }

    private Bot refresh(DefaultBot bot) {
        TenantId tenant = tenant(bot.getIsEnterpriseInstall(), bot.getEnterpriseId(), bot.getTeamId());
        String lock = SlackKeys.refreshLock(tenant);
        String owner = UUID.randomUUID().toString();
        if (!"OK".equals(redis.set(lock, owner, SetParams.setParams().nx().px(15_000)))) {
            return awaitRefresh(tenant, bot);
        }
        try {
            DefaultBot current = read(tenant);
            if (current != null && !expiring(current)) {
                return current;
            }
            OAuthV2AccessResponse fresh = slack.methods().oauthV2Access(r -> r.clientId(settings.clientId())
                    .clientSecret(settings.clientSecret()).grantType("refresh_token").refreshToken(bot.getBotRefreshToken()));
            if (!fresh.isOk()) {
                LOG.warn("Slack: token refresh for {} failed: {}", tenant, fresh.getError());
                return bot;
            }
            bot.setBotAccessToken(fresh.getAccessToken());
            bot.setBotRefreshToken(fresh.getRefreshToken());
            bot.setBotTokenExpiresAt(clock.millis() + fresh.getExpiresIn() * 1000L);
            saveBot(bot);
            return bot;
        } catch (Exception e) {
            LOG.warn("Slack: token refresh for {} failed: {}", tenant, e.toString());
            return bot;
        } finally {
            if (owner.equals(redis.get(lock))) {
                redis.del(lock);
            }
        }
    }

    /** Another replica holds the lock: wait briefly for the token it is fetching. */
    private Bot awaitRefresh(TenantId tenant, DefaultBot stale) {
        for (int i = 0; i < 50; i++) {
            DefaultBot current = read(tenant);
            if (current != null && !expiring(current)) {
                return current;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return stale;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return historicalData;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        this.historicalData = enabled;
    }
}
