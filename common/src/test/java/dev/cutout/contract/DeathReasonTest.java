package dev.cutout.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeathReasonTest {

    @Test
    void readsTheLatestDeathFromXDeath() {
        Map<String, Object> headers = Map.of(
                "x-death", List.of(Map.of("reason", "delivery_limit"), Map.of("reason", "expired")),
                "x-first-death-reason", "expired");

        assertThat(DeathReason.of(headers)).isEqualTo(DeathReason.DELIVERY_LIMIT);
    }

    @Test
    void fallsBackToFirstDeathReasonWhenXDeathIsAbsent() {
        assertThat(DeathReason.of(Map.of("x-first-death-reason", "expired"))).isEqualTo(DeathReason.EXPIRED);
    }

    @Test
    void readsReasonsHandedOverAsByteStrings() {
        Object longString = new Object() {
            @Override
            public String toString() {
                return "rejected";
            }
        };

        assertThat(DeathReason.of(Map.of("x-death", List.of(Map.of("reason", longString)))))
                .isEqualTo(DeathReason.REJECTED);
    }

    @Test
    void callsAMessageWithoutDeathHeadersUnknown() {
        assertThat(DeathReason.of(Map.of())).isEqualTo(DeathReason.UNKNOWN);
    }
}
