package dev.cutout.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who the client is behind (or without) proxies; every address is a documentation or private one. */
class ClientAddressTest {

    private static final ClientAddress BEHIND_TWO_PROXIES =
            new ClientAddress(List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("2001:db8:ffff::/48")));

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }

    private static List<String> xff(String... lines) {
        return ForwardedHeader.X_FORWARDED_FOR.hops(List.of(lines));
    }

    @Test
    void withoutTrustedProxiesTheClientIsThePeerWhateverItClaims() {
        ClientAddress direct = new ClientAddress(List.of());

        assertThat(direct.of(ip("203.0.113.7"), xff("198.51.100.1"))).isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void aForwardedForFromAnUntrustedPeerIsIgnored() {
        InetAddress spoofer = ip("203.0.113.7");

        assertThat(BEHIND_TWO_PROXIES.of(spoofer, xff("198.51.100.1, 10.0.0.5"))).isEqualTo(spoofer);
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItAppended() {
        assertThat(BEHIND_TWO_PROXIES.of(ip("10.0.0.2"), xff("203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void whatTheClientWroteLeftOfTheProxysEntryIsNotBelieved() {
        // The client sent "X-Forwarded-For: 198.51.100.1" itself; the proxy appended the address it saw.
        assertThat(BEHIND_TWO_PROXIES.of(ip("10.0.0.2"), xff("198.51.100.1, 203.0.113.7")))
                .isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedToTheFirstUntrustedAddress() {
        assertThat(BEHIND_TWO_PROXIES.of(ip("10.0.0.2"), xff("198.51.100.1, 203.0.113.7", "10.9.9.9, 10.0.0.3")))
                .as("over two header lines, right to left").isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        assertThat(BEHIND_TWO_PROXIES.of(ip("10.0.0.2"), xff("10.1.1.1, 10.0.0.3"))).isEqualTo(ip("10.1.1.1"));
    }

    @Test
    void aTrustedProxyThatForwardsNoHeaderIsItselfTheClient() {
        assertThat(BEHIND_TWO_PROXIES.of(ip("10.0.0.2"), xff())).isEqualTo(ip("10.0.0.2"));
    }

    @Test
    void aHopThatNamesNoAddressStopsTheWalkAtTheProxyThatWroteIt() {
        assertThat(BEHIND_TWO_PROXIES.of(ip("10.0.0.2"), xff("203.0.113.7, unknown, 10.0.0.3")))
                .isEqualTo(ip("10.0.0.3"));
        assertThat(BEHIND_TWO_PROXIES.of(ip("10.0.0.2"), xff("example.com")))
                .as("a host name is never looked up").isEqualTo(ip("10.0.0.2"));
    }

    @Test
    void ipv6PeersHopsAndBlocksWork() {
        InetAddress proxy = ip("2001:db8:ffff::1");

        assertThat(BEHIND_TWO_PROXIES.of(proxy, xff("2001:db8:1:2::7"))).isEqualTo(ip("2001:db8:1:2::7"));
        assertThat(BEHIND_TWO_PROXIES.of(proxy, xff("[2001:db8:1:2::7]:4711"))).isEqualTo(ip("2001:db8:1:2::7"));
        assertThat(BEHIND_TWO_PROXIES.of(ip("2001:db8:fffe::1"), xff("203.0.113.7")))
                .as("just outside the /48").isEqualTo(ip("2001:db8:fffe::1"));
        assertThat(BEHIND_TWO_PROXIES.of(ip("::ffff:10.0.0.2"), xff("203.0.113.7:8080")))
                .as("an IPv4-mapped peer is its IPv4 address; a port is dropped").isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void theRfc7239HeaderIsReadByItsForParameters() {
        List<String> hops = ForwardedHeader.FORWARDED.hops(List.of(
                "for=198.51.100.1;proto=https, For=\"[2001:db8:1:2::7]:4711\";by=10.0.0.3", "for=10.0.0.9"));

        assertThat(hops).containsExactly("198.51.100.1", "[2001:db8:1:2::7]:4711", "10.0.0.9");
        assertThat(BEHIND_TWO_PROXIES.of(ip("10.0.0.2"), hops)).isEqualTo(ip("2001:db8:1:2::7"));
        assertThat(ForwardedHeader.FORWARDED.hops(List.of("for=_hidden, proto=http"))).containsExactly("_hidden", "unknown");
    }

    @Test
    void blocksContainTheirAddressesOnly() {
        Cidr block = Cidr.parse("192.168.4.0/22");

        assertThat(block.contains(ip("192.168.7.255"))).isTrue();
        assertThat(block.contains(ip("192.168.8.0"))).isFalse();
        assertThat(block.contains(ip("::ffff:192.168.5.1"))).isTrue();
        assertThat(Cidr.parse("192.168.5.9/22")).hasToString("192.168.4.0/22");
        assertThat(Cidr.parse(" 127.0.0.1 ").contains(ip("127.0.0.1"))).isTrue();
        assertThat(Cidr.parse("::1").contains(ip("0:0:0:0:0:0:0:1"))).isTrue();
        assertThat(Cidr.parse("0.0.0.0/0").contains(ip("2001:db8::1"))).as("no family crossing").isFalse();
    }

    @Test
    void aBadBlockIsRefusedWithWhatWasWritten() {
        assertThatThrownBy(() -> Cidr.parse("proxy.internal")).hasMessageContaining("'proxy.internal'");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("0..32");
        assertThatThrownBy(() -> Cidr.parse("10.0.0/8")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyLiteralsAreAddresses() {
        assertThat(IpLiteral.parse("localhost")).isEmpty();
        assertThat(IpLiteral.parse("1.2.3")).isEmpty();
        assertThat(IpLiteral.parse("256.1.1.1")).isEmpty();
        assertThat(IpLiteral.parse("a:b:c")).isEmpty();
        assertThat(IpLiteral.parse("fe80::1%eth0")).contains(ip("fe80::1"));
    }
}
