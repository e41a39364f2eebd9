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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * OAuth installations in Redis, encrypted with {@link TokenCipher} and bound to their Redis key. A
 * record found under {@code CURIO_ENCRYPTION_KEY_OLD}, or from before records had a version, is
 * sealed again with the current key when read and at start ({@link #reencrypt}), only if it is still
 * the one read. A rotating bot token is refreshed here, under a Redis lock, so two replicas never
 * spend the same refresh token.
 */
final class SlackInstallations implements InstallationService {

    static final Duration REFRESH_BEFORE = Duration.ofHours(2);
    private static final Logger LOG = LoggerFactory.getLogger(SlackInstallations.class);
    private static final Gson GSON = new Gson();
    /** How many opened records are kept before the lot is dropped (one a workspace and installer in use). */
    private static final int RECENT_RECORDS = 10_000;
    private static final String RESEAL = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            + "redis.call('SET', KEYS[1], ARGV[2]) return 1 end return 0";

    private final UnifiedJedis redis;
    private final TokenCipher cipher;
    private final Slack slack;
    private final SlackSettings settings;
    private final Clock clock;
    /**
     * Records opened lately, by key, with the sealed text they were opened from: every post looks its
     * workspace's installation up, and opening it (AES-GCM and two JSON reads) cost more than the post's
     * own encoding. A record sealed anew or removed no longer matches and is opened again.
     */
    private final Map<String, OpenedRecord> recent = new ConcurrentHashMap<>();
    private boolean historicalData;

    SlackInstallations(UnifiedJedis redis, Slack slack, SlackSettings settings, Clock clock) {
        this.redis = redis;
        this.cipher = new TokenCipher(settings.encryptionKey(), settings.oldEncryptionKey());
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
            String key = SlackKeys.installer(tenant, installer.getInstallerUserId());
            redis.set(key, cipher.seal(GSON.toJson(installer), key));
        }
        saveBot(installer.toBot());
        LOG.info("Slack: installed in {}", tenant);
    }

    @Override
    public void saveBot(Bot bot) {
        String key = SlackKeys.installation(tenant(bot.getIsEnterpriseInstall(), bot.getEnterpriseId(), bot.getTeamId()));
        redis.set(key, cipher.seal(GSON.toJson(bot), key));
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
        String plain = read(SlackKeys.installer(tenant(null, enterpriseId, teamId), userId));
        return plain == null ? null : GSON.fromJson(plain, DefaultInstaller.class);
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        purge(redis, tenant(null, enterpriseId, teamId));
    }

    /** Deletes every key of this adapter for the workspace: installation, installers, dedupe, profiles. */
    static void purge(UnifiedJedis redis, TenantId tenant) {
        KeyScan.forEachPage(redis, SlackKeys.pattern(tenant), keys -> redis.del(keys.toArray(String[]::new)));
        LOG.info("Slack: removed the installation data of {}", tenant);
    }

    private DefaultBot read(TenantId tenant) {
        String plain = read(SlackKeys.installation(tenant));
        return plain == null ? null : GSON.fromJson(plain, DefaultBot.class);
    }

    /** The record stored at {@code key}, opened; sealed again first when it is not sealed as it would be now. */
    private String read(String key) {
        String sealed = redis.get(key);
        if (sealed == null) {
            return null;
        }
        TokenCipher.Opened opened = open(key, sealed);
        if (!opened.current()) {
            reseal(key, sealed, opened.plain());
        }
        return opened.plain();
    }

    /**
     * Opens the record at {@code key}, which must name that key as its own: a record from before
     * associated data, copied from another workspace or installer, opens but names its own.
     */
    private TokenCipher.Opened open(String key, String sealed) {
        OpenedRecord known = recent.get(key);
        if (known != null && known.sealed().equals(sealed)) {
            return known.opened();
        }
        TokenCipher.Opened opened = openAnew(key, sealed);
        if (opened.current()) {
            if (recent.size() >= RECENT_RECORDS) {
                recent.clear();
            }
            recent.put(key, new OpenedRecord(sealed, opened));
        }
        return opened;
    }

    private record OpenedRecord(String sealed, TokenCipher.Opened opened) {
    }

    private TokenCipher.Opened openAnew(String key, String sealed) {
        TokenCipher.Opened opened;
        try {
            opened = cipher.open(sealed, key);
        } catch (IllegalStateException e) {
            throw new Unreadable(key + ": " + e.getMessage());
        }
        if (!key.equals(home(key, opened.plain()))) {
            throw new Unreadable(key + ": holds the installation of another workspace or person");
        }
        return opened;
    }

    /** The key an installation ({@link Bot} or {@link Installer} as JSON) is stored at, by what it says. */
    private static String home(String key, String plain) {
        try {
            DefaultInstaller record = GSON.fromJson(plain, DefaultInstaller.class);
            TenantId tenant = tenant(record.getIsEnterpriseInstall(), record.getEnterpriseId(), record.getTeamId());
            return key.equals(SlackKeys.installation(tenant)) ? key : SlackKeys.installer(tenant, record.getInstallerUserId());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A stored record that does not open: a lost key, or a record altered or copied from elsewhere. */
    static final class Unreadable extends IllegalStateException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** Replaces {@code sealed} at {@code key} with the plain text sealed now, unless it changed meanwhile. */
    private boolean reseal(String key, String sealed, String plain) {
        return Long.valueOf(1).equals(redis.eval(RESEAL, List.of(key), List.of(sealed, cipher.seal(plain, key))));
    }

    /** How many records {@link #reencrypt} sealed again, and how many no key opened. */
    record Rekeyed(int reencrypted, int unreadable) {
    }

    /**
     * Seals again, with the current key, every stored record that is not (old key, no version yet),
     * so that {@code CURIO_ENCRYPTION_KEY_OLD} can be removed after one start. Records no key opens are
     * left as they are and counted.
     */
    Rekeyed reencrypt() {
        AtomicInteger reencrypted = new AtomicInteger();
        AtomicInteger unreadable = new AtomicInteger();
        for (String pattern : SlackKeys.installationPatterns()) {
            KeyScan.forEachPage(redis, pattern, keys -> keys.forEach(key -> {
                String sealed = redis.get(key);
                try {
                    TokenCipher.Opened opened = sealed == null ? null : open(key, sealed);
                    if (opened != null && !opened.current() && reseal(key, sealed, opened.plain())) {
                        reencrypted.incrementAndGet();
                    }
                } catch (Unreadable e) {
                    LOG.warn("Slack: {}", e.getMessage());
                    unreadable.incrementAndGet();
                }
            }));
        }
        if (reencrypted.get() > 0 || unreadable.get() > 0) {
            LOG.info("Slack: {} stored installations encrypted again with CURIO_ENCRYPTION_KEY, {} that do not open "
                    + "left as they are", reencrypted, unreadable);
        }
        return new Rekeyed(reencrypted.get(), unreadable.get());
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
