package org.sigti.publication;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a publication request, with no database: the syntax of the addresses (IPv4 dotted quads without
 * leading zeros; IPv6 in any standard notation), the private IP really private (RFC 1918 for IPv4, unique local
 * fc00::/7 for IPv6) and the public IP really public (globally routable: none of RFC 1918, loopback, link-local,
 * shared CGNAT 100.64/10, documentation, benchmarking, multicast or reserved space), and the ports (single ports and
 * ranges "a-b", 1–65535, comma-separated, no overlap within the request). Each problem is the bundle key of the message
 * the person reads, per field.
 */
public final class PublicationRules {

    static final String REQUIRED = "publication.field.required";
    static final String IP_SYNTAX = "publication.ip.syntax";
    static final String NOT_PRIVATE = "publication.ip.notPrivate";
    static final String NOT_PUBLIC = "publication.ip.notPublic";
    static final String PORTS_SYNTAX = "publication.ports.syntax";
    static final String PORTS_RANGE = "publication.ports.range";
    static final String PORTS_ORDER = "publication.ports.order";
    static final String PORTS_OVERLAP = "publication.ports.overlap";
    static final String SYSTEM_SYNTAX = "publication.system.syntax";

    private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\."
            + "(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern PORT_ITEM = Pattern.compile("([0-9]{1,6})(?:\\s*-\\s*([0-9]{1,6}))?");
    private static final Pattern SYSTEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,29}");
    private static final int MAX_RANGES = 20;

    private PublicationRules() {
    }

    /** An address as parsed: its canonical text and bytes (4 or 16). */
    public record Address(String text, byte[] bytes) {

        public boolean isV4() {
            return bytes.length == 4;
        }
    }

    /**
     * The problems of a request, field name → message key; empty when it can be published.
     *
     * @param complete whether the data must be complete (the private IP and the ports; the public IP only "if
     *                 applicable"): false checks only what is typed, e.g. when the ticket is created
     */
    public static Map<String, String> problems(PublicationRequest r, boolean complete) {
        Map<String, String> p = new LinkedHashMap<>();
        if (blank(r.systemCode())) {
            if (complete) {
                p.put(r.systemField(), REQUIRED);
            }
        } else if (!SYSTEM_CODE.matcher(r.systemCode().strip()).matches()) {
            p.put(r.systemField(), SYSTEM_SYNTAX);
        }
        if (blank(r.privateIp())) {
            if (complete) {
                p.put(r.privateIpField(), REQUIRED);
            }
        } else {
            address(r.privateIp()).ifPresentOrElse(a -> {
                if (!isPrivate(a)) {
                    p.put(r.privateIpField(), NOT_PRIVATE);
                }
            }, () -> p.put(r.privateIpField(), IP_SYNTAX));
        }
        if (blank(r.ports())) {
            if (complete) {
                p.put(r.portsField(), REQUIRED);
            }
        } else {
            portProblem(r.ports()).ifPresent(key -> p.put(r.portsField(), key));
        }
        if (!blank(r.publicIp())) {
            address(r.publicIp()).ifPresentOrElse(a -> {
                if (!isPublic(a)) {
                    p.put(r.publicIpField(), NOT_PUBLIC);
                }
            }, () -> p.put(r.publicIpField(), IP_SYNTAX));
        }
        return p;
    }

    /** The address typed, if it is an IPv4 or IPv6 literal (never a host name: nothing is looked up). */
    public static Optional<Address> address(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip();
        Matcher m = IPV4.matcher(s);
        if (m.matches()) {
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(m.group(i + 1));
                if (v > 255) {
                    return Optional.empty();
                }
                b[i] = (byte) v;
            }
            return Optional.of(new Address(s, b));
        }
        if (s.indexOf(':') >= 0 && IPV6_CHARS.matcher(s).matches()) {
            try {
                // a literal with ':' and only hex digits, dots and colons is parsed, never resolved
                InetAddress a = InetAddress.getByName(s);
                if (a instanceof Inet6Address) {
                    return Optional.of(new Address(a.getHostAddress().toLowerCase(Locale.ROOT), a.getAddress()));
                }
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** RFC 1918 (10/8, 172.16/12, 192.168/16) for IPv4; unique local fc00::/7 for IPv6. */
    public static boolean isPrivate(Address a) {
        byte[] b = a.bytes();
        if (a.isV4()) {
            int x = b[0] & 0xff;
            int y = b[1] & 0xff;
            return x == 10 || x == 172 && y >= 16 && y <= 31 || x == 192 && y == 168;
        }
        return (b[0] & 0xfe) == 0xfc;
    }

    /** Globally routable: not private, loopback, link-local, CGNAT, documentation, benchmarking, multicast, reserved. */
    public static boolean isPublic(Address a) {
        if (isPrivate(a)) {
            return false;
        }
        byte[] b = a.bytes();
        if (a.isV4()) {
            int x = b[0] & 0xff;
            int y = b[1] & 0xff;
            int z = b[2] & 0xff;
            return !(x == 0 || x == 127 || x >= 224 // this network, loopback, multicast and reserved
                    || x == 169 && y == 254 // link-local
                    || x == 100 && y >= 64 && y <= 127 // shared address space (CGNAT)
                    || x == 192 && y == 0 && (z == 0 || z == 2) // IETF protocol assignments, TEST-NET-1
                    || x == 198 && (y == 18 || y == 19) // benchmarking
                    || x == 198 && y == 51 && z == 100 || x == 203 && y == 0 && z == 113); // TEST-NET-2, -3
        }
        // global unicast 2000::/3, except documentation 2001:db8::/32
        boolean global = (b[0] & 0xe0) == 0x20;
        boolean documentation = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d
                && (b[3] & 0xff) == 0xb8;
        return global && !documentation;
    }

    /** The ports typed, each a port or a range; empty when they are not valid ({@link #problems} says why). */
    public static List<PortRange> ports(String typed) {
        if (typed == null || portProblem(typed).isPresent()) {
            return List.of();
        }
        List<PortRange> out = new ArrayList<>();
        for (String item : typed.split("[,;]")) {
            Matcher m = PORT_ITEM.matcher(item.strip());
            m.matches();
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            out.add(new PortRange(from, to));
        }
        return out;
    }

    /** The ports written back in one form: "80, 443, 8080-8090". */
    public static String normalized(List<PortRange> ports) {
        return String.join(", ", ports.stream().map(PortRange::toString).toList());
    }

    private static Optional<String> portProblem(String typed) {
        String[] items = typed.strip().split("[,;]");
        if (items.length > MAX_RANGES) {
            return Optional.of(PORTS_SYNTAX);
        }
        List<PortRange> seen = new ArrayList<>();
        for (String item : items) {
            Matcher m = PORT_ITEM.matcher(item.strip());
            if (!m.matches()) {
                return Optional.of(PORTS_SYNTAX);
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from < PortRange.MIN || from > PortRange.MAX || to < PortRange.MIN || to > PortRange.MAX) {
                return Optional.of(PORTS_RANGE);
            }
            if (from > to) {
                return Optional.of(PORTS_ORDER);
            }
            PortRange range = new PortRange(from, to);
            if (seen.stream().anyMatch(range::overlaps)) {
                return Optional.of(PORTS_OVERLAP);
            }
            seen.add(range);
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
