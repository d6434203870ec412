package dev.cutout.gateway.limits;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Who sent a request, as far as this gateway can know. Without trusted proxies, or when the TCP peer is not one
 * of them, it is the peer: a forwarded header is then just something the client wrote. When the peer is a trusted
 * proxy, the hops its header names are walked from the right (the nearest first), skipping trusted proxies, and the
 * first address that is not a trusted proxy is the client: everything left of it was written by someone we do not
 * trust. (Quarkus' own {@code quarkus.http.proxy.*} takes the left-most address, which the client chooses.) A hop
 * that names no address stops the walk at the trusted proxy that wrote it.
 */
final class ClientAddress {

    private final List<Cidr> trustedProxies;

    ClientAddress(List<Cidr> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    boolean trusts(InetAddress address) {
        for (Cidr block : trustedProxies) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** {@code hops}: the forwarded header's hops, first to last ({@link ForwardedHeader#hops}). */
    InetAddress of(InetAddress peer, List<String> hops) {
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0 && trusts(client); i--) {
            Optional<InetAddress> hop = IpLiteral.parseNode(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get();
        }
        return client;
    }
}
