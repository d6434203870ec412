package dev.cutout.gateway.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return new ClientId("key:" + HexFormat.of().formatHex(digest, 0, KEY_DIGEST_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
