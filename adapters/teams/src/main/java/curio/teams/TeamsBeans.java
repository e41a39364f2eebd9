package curio.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.BotEventHandler;
import curio.chat.RateLimitListener;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.annotation.Context;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/** Builds the Teams configuration and the Bot Framework objects that need it. */
@Factory
@Requires(condition = TeamsEnabled.class)
public class TeamsBeans {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsBeans.class);
    /** The SDK's own JSON setup (not Micronaut's mapper): modules found on the class path. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** Created at start-up so that a bad setting stops the service at once. */
    @Context
    TeamsConfig teamsConfig(Environment environment) {
        TeamsConfig config = TeamsConfig.from(environment);
        if (!config.authenticated()) {
            LOG.warn("Teams adapter runs WITHOUT authentication (MicrosoftAppId empty, TEAMS_DEV_MODE=true): "
                    + "anyone who reaches /api/messages can speak as anyone. It takes activities naming a serviceUrl "
                    + "on this machine only. Development only.");
        }
        if (!config.openIdMetadataUrl().isBlank()) {
            ChannelValidation.setOpenIdMetaDataUrl(config.openIdMetadataUrl());
        }
        return config;
    }

    /** Single-tenant credentials for outbound calls; empty (no token) in development mode. */
    @Singleton
    AppCredentials appCredentials(TeamsConfig config) {
        if (!config.authenticated()) {
            return MicrosoftAppCredentials.empty();
        }
        return new MicrosoftAppCredentials(config.appId(), config.appPassword(), config.appTenantId(),
                AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE);
    }

    @Singleton
    TeamsReferences references() {
        return new TeamsReferences(JSON);
    }

    @Singleton
    ActivityReader activityReader() {
        return new ActivityReader(JSON);
    }

    /** Admins are those {@code CURIO_ADMINS} names; an older Curio's installers-as-admins set is dropped. */
    @Singleton
    TeamsDirectory directory(TeamsConfig config, UnifiedJedis redis) {
        TeamsDirectory directory = new TeamsDirectory(config.defaultTimeZone(), config.admins(), redis);
        directory.dropLegacyInstallers(config.appTenantId());
        return directory;
    }

    @Singleton
    TeamsOrigin origin(TeamsConfig config) {
        return new TeamsOrigin(JSON, config);
    }

    @Singleton
    TeamsOnce once(UnifiedJedis redis) {
        return new TeamsOnce(redis);
    }

    @Singleton
    TeamsRenderer renderer(TeamsDirectory directory, TeamsChannels channels, TeamsSender sender) {
        return new TeamsRenderer(TeamsNames.of(directory, channels, sender));
    }

    /** In development mode (no token vouches for a service URL) Curio posts to this machine only. */
    @Singleton
    TeamsSender sender(TeamsConfig config, AppCredentials credentials, UnifiedJedis redis,
                       BeanProvider<RateLimitListener> rateLimits) {
        return new TeamsSender(credentials, SendPacer.teamsLimits(), DeliveryRetry.defaults(),
                new RemovedConversations(redis), config.authenticated() ? url -> true : TeamsOrigin::onThisMachine,
                rateLimits.find(null).orElse(RateLimitListener.IGNORED));
    }

    @Singleton
    TeamsChannels channels(UnifiedJedis redis) {
        return new TeamsChannels(JSON, redis);
    }

    @Singleton
    TeamsEvents events(TeamsReferences references, TeamsDirectory directory, TeamsChannels channels,
                       TeamsSender sender, TeamsOnce once) {
        return new TeamsEvents(JSON, references, directory, channels, new TeamsPersonalChats(sender, references),
                new TeamsSignInNames(directory, sender), once);
    }

    @Singleton
    TeamsBot bot(TeamsEvents events, TeamsReferences references, TeamsSender sender, TeamsRenderer renderer,
                 TeamsDirectory directory, BotEventHandler handler) {
        return new TeamsBot(events, references, sender, renderer, directory, handler);
    }

    @Singleton
    TeamsHttpAdapter httpAdapter(TeamsConfig config, AppCredentials credentials, TeamsSender sender) {
        return new TeamsHttpAdapter(config, credentials, sender);
    }
}
