package dev.cutout.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ClientIdentityTest {

    private static final ClientAddress BEHIND_PROXY = new ClientAddress(List.of(Cidr.parse("10.0.0.0/8")));

    private static Optional<InetAddress> ip(String literal) {
        return IpLiteral.parse(literal);
    }

    private static Function<String, List<String>> headers(Map<String, List<String>> lines) {
        return name -> lines.getOrDefault(name, List.of());
    }

    @Test
    void anIpv6ClientIsItsSlash64SoANewAddressInItIsTheSameClient() {
        ClientIdentity identity = new ClientIdentity(BEHIND_PROXY, ForwardedHeader.X_FORWARDED_FOR, 64, false);
        Function<String, List<String>> none = headers(Map.of());

        ClientId one = identity.of(ip("2001:db8:1:2::7"), none, Optional.empty());
        assertThat(one).isEqualTo(identity.of(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), none, Optional.empty()));
        assertThat(one.value()).isEqualTo("ip:2001:db8:1:2:0:0:0:0/64");
        assertThat(one).isNotEqualTo(identity.of(ip("2001:db8:1:3::7"), none, Optional.empty()));
        assertThat(identity.of(ip("203.0.113.7"), none, Optional.empty()).value()).isEqualTo("ip:203.0.113.7");
    }

    @Test
    void onlyTheConfiguredHeaderIsRead() {
        ClientIdentity identity = new ClientIdentity(BEHIND_PROXY, ForwardedHeader.FORWARDED, 64, false);
        Function<String, List<String>> both = headers(Map.of("X-Forwarded-For", List.of("198.51.100.66"),
                "Forwarded", List.of("for=203.0.113.7")));

        assertThat(identity.of(ip("10.0.0.2"), both, Optional.empty()).value()).isEqualTo("ip:203.0.113.7");
    }

    @Test
    void withApiKeysTheKeyIsTheClientWhereverItCallsFromAndTheKeyIsNotKept() {
        ClientIdentity identity = new ClientIdentity(BEHIND_PROXY, ForwardedHeader.X_FORWARDED_FOR, 64, true);
        Function<String, List<String>> none = headers(Map.of());

        ClientId shop = identity.of(ip("203.0.113.7"), none, Optional.of("k3y-for-the-shop"));
        assertThat(shop).isEqualTo(identity.of(ip("198.51.100.1"), none, Optional.of("k3y-for-the-shop")));
        assertThat(shop).isNotEqualTo(identity.of(ip("203.0.113.7"), none, Optional.of("second-key")));
        assertThat(shop.value()).startsWith("key:").doesNotContain("k3y");
    }

    @Test
    void aPeerWithoutAnAddressIsOneSharedClient() {
        ClientIdentity identity = new ClientIdentity(BEHIND_PROXY, ForwardedHeader.X_FORWARDED_FOR, 64, false);

        assertThat(identity.of(Optional.empty(), headers(Map.of()), Optional.empty())).isEqualTo(ClientIdentity.UNKNOWN);
    }
}
