package dev.cutout.gateway.limits;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Names the client of a request: its API key when the server requires keys (every request that gets this far
 * carries an accepted one), else its address as {@link ClientAddress} resolves it.
 */
final class ClientIdentity {

    /** A peer whose address cannot be read (no socket address): all such requests share one client. */
    static final ClientId UNKNOWN = new ClientId("ip:unknown");

    private final ClientAddress addresses;
    private final ForwardedHeader header;
    private final int ipv6PrefixLength;
    private final boolean byKey;

    ClientIdentity(ClientAddress addresses, ForwardedHeader header, int ipv6PrefixLength, boolean byKey) {
        this.addresses = addresses;
        this.header = header;
        this.ipv6PrefixLength = ipv6PrefixLength;
        this.byKey = byKey;
    }

    /** {@code headerLines}: every line of a request header by name (empty list when absent). */
    ClientId of(Optional<InetAddress> peer, Function<String, List<String>> headerLines, Optional<String> apiKey) {
        if (byKey && apiKey.isPresent()) {
            return ClientId.ofApiKey(apiKey.get());
        }
        if (peer.isEmpty()) {
            return UNKNOWN;
        }
        InetAddress client = addresses.trusts(peer.get())
                ? addresses.of(peer.get(), header.hops(headerLines.apply(header.headerName())))
                : peer.get();
        return ClientId.ofAddress(client, ipv6PrefixLength);
    }
}
