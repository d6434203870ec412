package dev.cutout.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobEventJsonTest {

    @Test
    void progressEventRoundTrips() {
        JobEvent event = JobEvent.of("0193-abc", JobStatus.INFERRING);

        String json = JobEventJson.write(event);

        assertThat(json).contains("\"status\":\"INFERRING\"", "\"progress\":25", "\"jobId\":\"0193-abc\"");
        assertThat(JobEventJson.read(json)).isEqualTo(event);
    }

    @Test
    void failureCarriesCodeAndMessage() {
        JobEvent event = JobEvent.failed("j1", ErrorCode.CORRUPT_IMAGE, "This file is damaged");

        JobEvent back = JobEventJson.read(JobEventJson.write(event));

        assertThat(back.failure()).contains(new JobFailure(ErrorCode.CORRUPT_IMAGE, "This file is damaged"));
        assertThat(back.status().terminal()).isTrue();
    }

    @Test
    void aFailedStatusWithoutFailureIsRefused() {
        assertThatThrownBy(() -> JobEvent.of("j1", JobStatus.FAILED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void garbageIsNotAnEvent() {
        assertThatThrownBy(() -> JobEventJson.read("{\"hello\":1}")).isInstanceOf(IllegalArgumentException.class);
    }
}
