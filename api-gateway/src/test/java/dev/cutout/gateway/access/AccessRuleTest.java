package dev.cutout.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessRuleTest {

    @Test
    void everyApiCallNeedsAKeyButReadingInfo() {
        assertThat(AccessRule.needsKey("POST", "/api/v1/jobs")).isTrue();
        assertThat(AccessRule.needsKey("GET", "/api/v1/jobs/abc/result")).isTrue();
        assertThat(AccessRule.needsKey("DELETE", "/api/v1/jobs/abc")).isTrue();
        assertThat(AccessRule.needsKey("GET", "/api/v1/nothing-here")).isTrue();
        assertThat(AccessRule.needsKey("GET", "/api/v1/info")).isFalse();
        assertThat(AccessRule.needsKey("HEAD", "/api/v1/info")).isFalse();
        assertThat(AccessRule.needsKey("POST", "/api/v1/info")).isTrue();
    }

    @Test
    void oddSpellingsOfAnApiPathStillNeedAKey() {
        assertThat(AccessRule.needsKey("POST", "//api/v1/jobs")).isTrue();
        assertThat(AccessRule.needsKey("POST", "/API/V1/jobs")).isTrue();
        assertThat(AccessRule.needsKey("GET", "/api/v1/info/../jobs/x")).isTrue();
        assertThat(AccessRule.needsKey("GET", "api/v1/jobs")).isTrue();
    }

    @Test
    void thePageAndOperationsEndpointsStayOpen() {
        assertThat(AccessRule.needsKey("GET", "/")).isFalse();
        assertThat(AccessRule.needsKey("GET", "/js/api.js")).isFalse();
        assertThat(AccessRule.needsKey("GET", "/q/health/ready")).isFalse();
    }

    @Test
    void aKeyInTheQueryIsTakenOnEventStreamsOnly() {
        assertThat(AccessRule.keyInQueryAllowed("GET", "/api/v1/jobs/abc/events")).isTrue();
        assertThat(AccessRule.keyInQueryAllowed("GET", "/api/v1/batches/abc/events")).isTrue();
        assertThat(AccessRule.keyInQueryAllowed("GET", "/api/v1/jobs/abc/result")).isFalse();
        assertThat(AccessRule.keyInQueryAllowed("GET", "/api/v1/jobs/events")).isFalse();
        assertThat(AccessRule.keyInQueryAllowed("POST", "/api/v1/jobs/abc/events")).isFalse();
        assertThat(AccessRule.keyInQueryAllowed("DELETE", "/api/v1/jobs/abc/events")).isFalse();
    }

    @Test
    void theHeaderComesFirstThenBearerThenTheQuery() {
        assertThat(PresentedKey.of(Optional.of("h"), Optional.of("Bearer b"), Optional.of("q"))).contains("h");
        assertThat(PresentedKey.of(Optional.empty(), Optional.of("bearer  b "), Optional.of("q"))).contains("b");
        assertThat(PresentedKey.of(Optional.empty(), Optional.of("Basic dXNlcjpwYXNz"), Optional.of("q"))).contains("q");
        assertThat(PresentedKey.of(Optional.of(" "), Optional.of("Bearer "), Optional.empty())).isEmpty();
    }
}
