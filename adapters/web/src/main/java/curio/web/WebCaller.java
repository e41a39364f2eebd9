package curio.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who is calling the playground. Only a caller on this machine may act as a workspace admin: the
 * connection comes from loopback, no proxy forwarded it, and it asked for a loopback host name
 * (so a page that rebinds its own domain to 127.0.0.1 is not "this machine" either).
 */
final class WebCaller {

    private static final List<String> FORWARDING = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
            "X-Real-IP");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[[0-9a-fA-F:.]+]");

    private WebCaller() {
    }

    static boolean onThisMachine(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress() != null
                && request.getRemoteAddress().getAddress().isLoopbackAddress()
                && FORWARDING.stream().noneMatch(request.getHeaders()::contains)
                && loopbackName(hostName(request.getHeaders().get(HttpHeaders.HOST)));
    }

    /** The host part of a {@code Host} header: {@code [::1]:3000} gives {@code [::1]}. */
    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        int colon = host.lastIndexOf(':');
        boolean hasPort = colon > host.lastIndexOf(']');
        return (hasPort ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT);
    }

    private static boolean loopbackName(String name) {
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(name).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A request this caller may not make: answered with 403 and this message. */
    static final class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message);
        }
    }
}
