package dev.cutout.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmitRouteTest {

    @Test
    void everyPostThatMakesAJobIsASubmit() {
        assertThat(SubmitRoute.matches("POST", "/api/v1/jobs")).isTrue();
        assertThat(SubmitRoute.matches("POST", "/api/v1/jobs/0190a1b2-0000-7000-8000-000000000000/refine")).isTrue();
        assertThat(SubmitRoute.matches("POST", "/api/v1/remove-background")).isTrue();
        assertThat(SubmitRoute.matches("POST", "/api/v1/batches")).isTrue();
        assertThat(SubmitRoute.matches("POST", "//API/v1/jobs/")).as("unusual spellings too").isTrue();
    }

    @Test
    void readsDeletesAndOtherPathsAreNot() {
        assertThat(SubmitRoute.matches("GET", "/api/v1/jobs/some-id")).isFalse();
        assertThat(SubmitRoute.matches("GET", "/api/v1/jobs/some-id/events")).isFalse();
        assertThat(SubmitRoute.matches("GET", "/api/v1/batches/some-id/result")).isFalse();
        assertThat(SubmitRoute.matches("DELETE", "/api/v1/jobs/some-id")).isFalse();
        assertThat(SubmitRoute.matches("POST", "/api/v1/info")).isFalse();
        assertThat(SubmitRoute.matches("POST", "/q/health")).isFalse();
    }
}
