package dev.cutout.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventIdTest {

    @Test
    void isTheEventsTimeInMillisAndItsStatus() {
        JobEvent event = new JobEvent(JobEvent.VERSION, "j", JobStatus.INFERRING, 25, Optional.empty(),
                Instant.ofEpochMilli(1_700_000_000_123L), Optional.empty());
        assertThat(EventId.of(event).text()).isEqualTo("1700000000123-inferring");
    }

    @Test
    void readsBackWhatItWrites() {
        EventId id = new EventId(Instant.ofEpochMilli(1_700_000_000_123L), JobStatus.DONE);
        assertThat(EventId.parse(id.text())).contains(id);
        assertThat(EventId.parse(id.text()).orElseThrow().terminal()).isTrue();
    }

    @Test
    void aRunningStatusIsNotTheEnd() {
        assertThat(EventId.parse("1700000000123-queued").orElseThrow().terminal()).isFalse();
        assertThat(EventId.parse("1700000000123-failed").orElseThrow().terminal()).isTrue();
    }

    @Test
    void ignoresIdsThatAreNotOurs() {
        assertThat(EventId.parse(null)).isEmpty();
        assertThat(EventId.parse("")).isEmpty();
        assertThat(EventId.parse("-done")).isEmpty();
        assertThat(EventId.parse("12ab-done")).isEmpty();
        assertThat(EventId.parse("1700000000123-finished")).isEmpty();
        assertThat(EventId.parse("1700000000123")).isEmpty();
    }
}
