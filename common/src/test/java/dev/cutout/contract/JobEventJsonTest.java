package dev.cutout.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Optional;
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
    void doneEventCarriesItsQualityReport() {
        QualityReport report = new QualityReport("pad25-edge", "the plain run kept almost nothing", 2, 0.41, 0.12,
                0.63, 0.05, Optional.of(QualityReport.Doubt.SUBJECT_MAY_BE_INCOMPLETE));
        JobEvent event = JobEvent.done("j1", report);

        String json = JobEventJson.write(event);

        assertThat(json).contains("\"chosen\":\"pad25-edge\"", "\"modelRuns\":2",
                "\"doubt\":\"SUBJECT_MAY_BE_INCOMPLETE\"");
        assertThat(JobEventJson.read(json)).isEqualTo(event);
    }

    @Test
    void aConfidentReportRoundTripsWithoutDoubt() {
        QualityReport report = new QualityReport("plain", "only one candidate", 1, 0.3, 0, 1, 0.02, Optional.empty());

        JobEvent back = JobEventJson.read(JobEventJson.write(JobEvent.done("j1", report)));

        assertThat(back.quality()).contains(report);
        assertThat(back.quality().orElseThrow().doubtful()).isFalse();
    }

    @Test
    void aDoneEventFromAWorkerWithoutReportsReadsAsNoReport() {
        String before = "{\"version\":1,\"jobId\":\"j1\",\"status\":\"DONE\",\"progress\":100,"
                + "\"failure\":null,\"at\":\"2026-12-01T10:00:00Z\"}";

        JobEvent event = JobEventJson.read(before);

        assertThat(event.status()).isEqualTo(JobStatus.DONE);
        assertThat(event.quality()).isEmpty();
    }

    /** The shape of JobEvent before the report, read as JobEventJson reads (unknown fields ignored). */
    private record EventBeforeQuality(int version, String jobId, JobStatus status, int progress,
                                      Optional<JobFailure> failure, Instant at) {
    }

    @Test
    void aReaderThatPredatesTheReportStillReadsADoneEvent() throws Exception {
        QualityReport report = new QualityReport("plain", "only one candidate", 1, 0.3, 0, 1, 0.02,
                Optional.of(QualityReport.Doubt.NO_CLEAR_SUBJECT));
        ObjectMapper oldReader = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        EventBeforeQuality old = oldReader.readValue(JobEventJson.write(JobEvent.done("j1", report)),
                EventBeforeQuality.class);

        assertThat(old.version()).isEqualTo(JobEvent.VERSION);
        assertThat(old.status()).isEqualTo(JobStatus.DONE);
    }

    @Test
    void onlyADoneEventCarriesAReport() {
        QualityReport report = new QualityReport("plain", "only one candidate", 1, 0.3, 0, 1, 0.02, Optional.empty());

        assertThatThrownBy(() -> new JobEvent(JobEvent.VERSION, "j1", JobStatus.REFINING, 70, Optional.empty(),
                Instant.now(), Optional.of(report))).isInstanceOf(IllegalArgumentException.class);
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
