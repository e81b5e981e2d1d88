package org.sigti.blocklist;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sigti.blocklist.BlockedEntry.Kind;
import org.sigti.workflow.WorkflowException;

/**
 * What may be blocked, as a person types it: one value a line (or separated by commas or spaces, URLs by lines and
 * spaces), each checked and normalized by its kind, so that one sender is one line of the blocklist whatever its
 * spelling. Nothing is looked up: an IP address is read as a literal, never resolved.
 */
public final class BlockValues {

    private static final Pattern SENDER = Pattern.compile("[a-z0-9._%+-]+@([a-z0-9-]+\\.)+[a-z]{2,}");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:]{2,39}");

    private BlockValues() {
    }

    /**
     * The values of a field, normalized, in order, without repeats; a value that is not of its kind is refused
     * ({@code blocklist.invalid.<KIND>}, with the value), so the move changes nothing.
     */
    public static List<String> parse(Kind kind, String text) {
        Set<String> values = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        String separators = kind == Kind.URL ? "\\s+" : "[\\s,;]+";
        for (String given : text.strip().split(separators)) {
            if (!given.isBlank()) {
                values.add(normalize(kind, given.strip()));
            }
        }
        return new ArrayList<>(values);
    }

    /** One value, normalized; refused when it is not of its kind. */
    public static String normalize(Kind kind, String given) {
        String value = switch (kind) {
            case SENDER -> sender(given);
            case DOMAIN -> domain(given);
            case IP -> ip(given);
            case URL -> url(given);
        };
        if (value == null || value.length() > BlockedEntry.VALUE_MAXLENGTH) {
            throw new WorkflowException("blocklist.invalid." + kind.name(), given);
        }
        return value;
    }

    private static String sender(String given) {
        String value = given.toLowerCase(Locale.ROOT).replaceAll("^<|>$", "");
        return SENDER.matcher(value).matches() ? value : null;
    }

    private static String domain(String given) {
        String value = given.toLowerCase(Locale.ROOT).replaceFirst("^@", "").replaceFirst("\\.$", "");
        return value.length() <= 253 && DOMAIN.matcher(value).matches() ? value : null;
    }

    /** A public address: private, loopback, link-local, multicast and unspecified ones are nobody's to block. */
    private static String ip(String given) {
        String value = given.toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
        boolean v4 = IPV4.matcher(value).matches();
        if (!v4 && !(IPV6.matcher(value).matches() && value.contains(":"))) {
            return null;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(value); // a literal: parsed, never resolved
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedOrZero = bytes.length == 4 && (bytes[0] == 0 || ((bytes[0] & 0xff) == 100
                && (bytes[1] & 0xc0) == 64) || (bytes[0] & 0xff) >= 240);
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocal || sharedOrZero) {
            return null;
        }
        return address.getHostAddress();
    }

    private static String url(String given) {
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return null;
        }
        String rest = uri.getRawPath() == null || uri.getRawPath().equals("/") ? "" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + rest + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
