package dev.cutout.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private final ApiKeys keys = new ApiKeys(List.of("first-key", " second-key "));

    @Test
    void acceptsEveryConfiguredKeyAndNothingElse() {
        assertThat(keys.required()).isTrue();
        assertThat(keys.accepts(Optional.of("first-key"))).isTrue();
        assertThat(keys.accepts(Optional.of("second-key"))).isTrue();
        assertThat(keys.accepts(Optional.of("first-ke"))).isFalse();
        assertThat(keys.accepts(Optional.of("first-key2"))).isFalse();
        assertThat(keys.accepts(Optional.of("FIRST-KEY"))).isFalse();
        assertThat(keys.accepts(Optional.of(""))).isFalse();
        assertThat(keys.accepts(Optional.empty())).isFalse();
    }

    @Test
    void noKeysOrOnlyBlankOnesMeansOpen() {
        assertThat(new ApiKeys(List.of()).required()).isFalse();
        assertThat(new ApiKeys(List.of("", "  ")).required()).isFalse();
        assertThat(new ApiKeys(List.of()).accepts(Optional.of(""))).isFalse();
    }

    @Test
    void aKeyIsNeverKeptAsText() {
        assertThat(keys.toString()).doesNotContain("first-key");
    }
}
