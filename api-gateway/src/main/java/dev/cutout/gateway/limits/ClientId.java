package dev.cutout.gateway.limits;

import dev.cutout.gateway.access.ApiKeys;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * What the per-client limits count by: an API key when the server requires keys (the key's owner is accountable,
 * wherever the calls come from), else an address. An IPv4 client is its address; an IPv6 client is its prefix
 * ({@code /64} by default), because one subscriber is usually handed a whole {@code /64} and could otherwise be a
 * new client with every request. A key is held only as a prefix of its SHA-256, so limits never keep keys in memory.
 */
record ClientId(String value) {

    /** 64 bits of a SHA-256 tell a deployment's keys apart; more would only cost memory. */
    private static final int KEY_DIGEST_BYTES = 8;

    static ClientId ofAddress(InetAddress address, int ipv6PrefixLength) {
        if (!(address instanceof Inet6Address)) {
            return new ClientId("ip:" + address.getHostAddress());
        }
        try {
            InetAddress prefix = InetAddress.getByAddress(Cidr.masked(address.getAddress(), ipv6PrefixLength));
            return new ClientId("ip:" + prefix.getHostAddress() + "/" + ipv6PrefixLength);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", impossible);
        }
    }

    static ClientId ofApiKey(String key) {
        return new ClientId("key:" + HexFormat.of().formatHex(ApiKeys.sha256(key), 0, KEY_DIGEST_BYTES));
    }
}
