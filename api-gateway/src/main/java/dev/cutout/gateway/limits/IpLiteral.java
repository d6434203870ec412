package dev.cutout.gateway.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an IP address written out, never a host name: a header's content must not make the gateway ask DNS.
 * An IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) comes back as the IPv4 address it is.
 */
final class IpLiteral {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):\\d{1,5}");
    private static final Pattern IPV6_BRACKETED = Pattern.compile("\\[([^\\]]+)](:\\d{1,5})?");

    private IpLiteral() {
    }

    /** {@code 192.0.2.1} or {@code 2001:db8::1} (a zone {@code %eth0} is dropped); empty for anything else. */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        try {
            if (IPV4.matcher(address).matches()) {
                return Optional.of(InetAddress.getByName(address));
            }
            if (IPV6.matcher(address).matches()) {
                // In brackets the JDK parses an IPv6 literal or refuses it; bare, a bad one would be looked up.
                return Optional.of(InetAddress.getByName("[" + address + "]"));
            }
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A node of a forwarded chain: an address as above, or with a port ({@code 192.0.2.1:4711},
     * {@code [2001:db8::1]:4711}); empty for {@code unknown}, an obfuscated name ({@code _hidden}) or garbage.
     */
    static Optional<InetAddress> parseNode(String node) {
        if (node == null) {
            return Optional.empty();
        }
        String text = node.strip();
        var bracketed = IPV6_BRACKETED.matcher(text);
        if (bracketed.matches()) {
            return parse(bracketed.group(1));
        }
        var withPort = IPV4_WITH_PORT.matcher(text);
        return parse(withPort.matches() ? withPort.group(1) : text);
    }
}
