package curio.chat;

/**
 * Told of every 429 a platform answers an adapter, for the operator's metrics: a count per
 * platform, never the workspace, person or call. The engine supplies it as a bean; an adapter
 * without one (in its own tests) uses {@link #IGNORED}.
 */
@FunctionalInterface
public interface RateLimitListener {

    RateLimitListener IGNORED = platform -> { };

    /** The platform refused a call with 429 (Too Many Requests). */
    void rateLimited(Platform platform);
}
