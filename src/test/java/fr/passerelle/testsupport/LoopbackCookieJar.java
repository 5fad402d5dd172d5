package fr.passerelle.testsupport;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cookie jar for loopback tests: the application and Keycloak both live on localhost (ports differ, which cookies
 * ignore anyway), and Keycloak marks its login cookies Secure even over http, which a browser accepts on localhost
 * but java.net.CookieManager refuses to send back. Keeps cookies by name, drops expired ones.
 */
final class LoopbackCookieJar extends CookieHandler {
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return Map.of("Cookie", List.of(header.toString()));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                for (String value : values) {
                    for (HttpCookie cookie : HttpCookie.parse(value)) {
                        if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                            cookies.remove(cookie.getName());
                        } else {
                            cookies.put(cookie.getName(), cookie.getValue());
                        }
                    }
                }
            }
        });
    }

    String value(String name) {
        return cookies.get(name);
    }

    boolean hasNameStartingWith(String prefix) {
        return cookies.keySet().stream().anyMatch(n -> n.startsWith(prefix));
    }
}
