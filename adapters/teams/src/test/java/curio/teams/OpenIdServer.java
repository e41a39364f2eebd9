package curio.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * A local Bot Framework OpenID metadata + JWKS server on 127.0.0.1 and the RS256 tokens it vouches
 * for, so the SDK's JWT validation runs offline. One key ({@link #KEY_ID}) is published, endorsed
 * like the Bot Framework's own keys for Teams and the other channels ({@code directline},
 * {@code webchat}, ...): a valid token does not make an activity one from Teams. {@link #strangerToken}
 * signs with a key that is not published.
 * <p>
 * To test with authentication on, start one and set {@code teams.app-id}, {@code teams.app-password},
 * {@code teams.app-tenant-id}, {@code teams.openid-metadata-url=}{@link #metadataUrl()} and
 * {@code test.static-token=true} (outbound calls then carry {@link StaticTokenCredentials#TOKEN});
 * post with {@code "Bearer " + token(appId, connector.url(), jwt -> { })}. The metadata URL is a
 * JVM-wide setting of the SDK: one server per test JVM is simplest. Without an app id and with
 * {@code teams.dev-mode=true} no token is needed at all. Shipped in the test-jar.
 */
public final class OpenIdServer implements AutoCloseable {

    public static final String KEY_ID = "curio-test-key";
    public static final String ISSUER = "https://api.botframework.com";

    private final HttpServer server;
    private final KeyPair published = rsa();
    private final KeyPair stranger = rsa();

    public OpenIdServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/.well-known/openidconfiguration", e -> respond(e,
                "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + base() + "/v1/.well-known/keys\","
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
        server.createContext("/v1/.well-known/keys", e -> respond(e, jwks()));
        server.start();
    }

    public String metadataUrl() {
        return base() + "/v1/.well-known/openidconfiguration";
    }

    /** A valid channel token for the app and service URL; {@code change} may spoil one claim. */
    public String token(String appId, String serviceUrl, Consumer<JWTCreator.Builder> change) {
        JWTCreator.Builder jwt = JWT.create().withKeyId(KEY_ID).withIssuer(ISSUER).withAudience(appId)
                .withClaim("serviceurl", serviceUrl)
                .withIssuedAt(java.util.Date.from(Instant.now().minusSeconds(60)))
                .withNotBefore(java.util.Date.from(Instant.now().minusSeconds(60)))
                .withExpiresAt(java.util.Date.from(Instant.now().plusSeconds(3600)));
        change.accept(jwt);
        return jwt.sign(Algorithm.RSA256((RSAPublicKey) published.getPublic(), (RSAPrivateKey) published.getPrivate()));
    }

    /** Signed by a key the metadata does not publish. */
    public String strangerToken(String appId, String serviceUrl) {
        return JWT.create().withKeyId("unknown-key").withIssuer(ISSUER).withAudience(appId)
                .withClaim("serviceurl", serviceUrl)
                .withExpiresAt(java.util.Date.from(Instant.now().plusSeconds(3600)))
                .sign(Algorithm.RSA256((RSAPublicKey) stranger.getPublic(), (RSAPrivateKey) stranger.getPrivate()));
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) published.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\","
                + "\"n\":\"" + b64(key.getModulus()) + "\",\"e\":\"" + b64(key.getPublicExponent()) + "\","
                + "\"endorsements\":[\"msteams\",\"directline\",\"webchat\",\"skype\",\"slack\",\"email\"]}]}";
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
