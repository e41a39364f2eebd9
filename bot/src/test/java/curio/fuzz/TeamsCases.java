package curio.fuzz;

import curio.teams.OpenIdServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Teams activities for the fuzz run: a recorded activity, mutated, posted with a valid Bot Framework
 * token from the local {@link OpenIdServer} (its {@code serviceurl} is the fake connector's, so an
 * activity whose {@code serviceUrl} was mutated is refused and Curio never calls out of loopback).
 * A few carry a missing, foreign or expired token instead, and must be refused.
 */
final class TeamsCases {

    private static final String[] OTHER_TYPES = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
        "application/json; charset=utf-16", null, "*/*"};

    private final String serviceUrl;
    private final String appId;
    private final OpenIdServer openId;
    private final String token;

    TeamsCases(String serviceUrl, String appId, OpenIdServer openId) {
        this.serviceUrl = serviceUrl;
        this.appId = appId;
        this.openId = openId;
        this.token = "Bearer " + openId.token(appId, serviceUrl, jwt -> { });
    }

    FuzzRequest build(int index, Random random) {
        String seed = Seeds.TEAMS.get(random.nextInt(Seeds.TEAMS.size()));
        String marker = String.format("fz%05d", index);
        String text = Seeds.load("teams", seed).replace("{{n}}", marker).replace("{{service_url}}", serviceUrl)
                .replace("{{text}}", Seeds.jsonText(Seeds.command(random)));
        List<String> applied = new ArrayList<>();
        int roll = random.nextInt(100);
        FuzzRequest.Kind kind = roll < 3 ? FuzzRequest.Kind.CLEAN : roll < 7 ? FuzzRequest.Kind.BAD_AUTH : FuzzRequest.Kind.MUTATED;
        String type = "application/json";
        if (kind == FuzzRequest.Kind.MUTATED) {
            JsonMutator json = new JsonMutator(random);
            if (random.nextInt(6) == 0) {
                text = new TextMutator(random, applied).body(text);
            } else {
                text = json.mutate(text, 1 + random.nextInt(3));
                applied.addAll(json.applied());
            }
            if (random.nextInt(16) == 0) {
                type = OTHER_TYPES[random.nextInt(OTHER_TYPES.length)];
                applied.add("content type " + type);
            }
        }
        String authorization = kind == FuzzRequest.Kind.BAD_AUTH ? broken(random, applied) : token;
        Map<String, String> headers = authorization == null ? Map.of() : Map.of("Authorization", authorization);
        return new FuzzRequest(index, "/api/messages", seed, applied, text.getBytes(StandardCharsets.UTF_8), type,
                headers, marker, kind);
    }

    /** {@code text} said in a personal chat by the person {@code marker} names, with a valid token, not mutated. */
    FuzzRequest message(String marker, String text) {
        String seed = "message.personal.json";
        String body = Seeds.load("teams", seed).replace("{{n}}", marker).replace("{{service_url}}", serviceUrl)
                .replace("{{text}}", Seeds.jsonText(text));
        return new FuzzRequest(-1, "/api/messages", seed, List.of(), body.getBytes(StandardCharsets.UTF_8),
                "application/json", Map.of("Authorization", token), marker, FuzzRequest.Kind.CLEAN);
    }

    private String broken(Random random, List<String> applied) {
        String why;
        String authorization;
        switch (random.nextInt(6)) {
            case 0 -> {
                why = "no token";
                authorization = null;
            }
            case 1 -> {
                why = "not a JWT";
                authorization = "Bearer not-a-jwt";
            }
            case 2 -> {
                why = "unknown key";
                authorization = "Bearer " + openId.strangerToken(appId, serviceUrl);
            }
            case 3 -> {
                why = "expired";
                Date past = Date.from(Instant.now().minusSeconds(7200));
                authorization = "Bearer " + openId.token(appId, serviceUrl,
                        jwt -> jwt.withExpiresAt(past).withIssuedAt(past).withNotBefore(past));
            }
            case 4 -> {
                why = "another bot";
                authorization = "Bearer " + openId.token("another-app", serviceUrl, jwt -> { });
            }
            default -> {
                why = "basic auth";
                authorization = "Basic dXNlcjpwYXNz";
            }
        }
        applied.add("broken token: " + why);
        return authorization;
    }
}
