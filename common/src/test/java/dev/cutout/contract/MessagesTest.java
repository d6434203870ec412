package dev.cutout.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The job message and the event messages: what one side writes, the other reads back unchanged. */
class MessagesTest {

    private static final String ID = "0193d1c4-7e0a-7000-8000-000000000001";
    private static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void aWorkerReadsTheJobTheGatewayWrote() {
        JobOptions options = new JobOptions(Optional.of("small"), OutputKind.BACKGROUND, 0x102030, false, true, false,
                Optional.of("holiday"));
        Instant now = Instant.parse("2025-01-02T03:04:05Z");

        AmqpMessage message = JobMessage.write(ID, options, "image/png", IMAGE, now);
        JobMessage job = JobMessage.read(message.properties());

        assertThat(job.jobId()).contains(ID);
        assertThat(job.replyTo()).contains("cutout.job." + ID);
        assertThat(job.options()).isEqualTo(options);
        assertThat(job.fileName()).contains("holiday");
        assertThat(job.deathReason()).isEqualTo(DeathReason.UNKNOWN);
        assertThat(message.properties().headers()).containsEntry(Topology.HEADER_VERSION, Topology.CONTRACT_VERSION);
        assertThatCode(job::requireKnownContract).doesNotThrowAnyException();
        assertThat(message.body()).isSameAs(IMAGE);
        assertThat(message.properties().messageId()).contains(ID);
        assertThat(message.properties().contentType()).contains("image/png");
        assertThat(message.properties().persistent()).isTrue();
        assertThat(message.properties().timestamp()).contains(now);
    }

    @Test
    void readsAShopsJobWithoutIdOrReplyQueueAsSuch() {
        JobMessage job = JobMessage.read(new MessageProperties(Optional.of(" "), Optional.empty(), Optional.of(""),
                Optional.empty(), false, Optional.empty(), null));

        assertThat(job.jobId()).isEmpty();
        assertThat(job.replyTo()).isEmpty();
        assertThat(job.options()).isEqualTo(JobOptions.DEFAULT);
    }

    @Test
    void readsWhyADeadLetterDied() {
        JobMessage dead = JobMessage.read(new MessageProperties(Optional.of(ID), Optional.empty(),
                Optional.of("cutout.job." + ID), Optional.empty(), true, Optional.empty(),
                Map.of(DeathReason.X_DEATH, List.of(Map.of("reason", "expired")))));

        assertThat(dead.deathReason()).isEqualTo(DeathReason.EXPIRED);
    }

    @Test
    void aJobWithBadOptionsIsRefusedWithATypedError() {
        JobMessage job = JobMessage.read(new MessageProperties(Optional.of(ID), Optional.empty(), Optional.empty(),
                Optional.empty(), true, Optional.empty(), Map.of(Topology.HEADER_OUTPUT, "sticker")));

        assertThatThrownBy(job::options).isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining(Topology.HEADER_OUTPUT);
    }

    @Test
    void aJobWithoutAVersionHeaderIsReadAsContractVersionOne() {
        assertThatCode(() -> job(Map.of()).requireKnownContract()).doesNotThrowAnyException();
        assertThatCode(() -> job(Map.of(Topology.HEADER_VERSION, 1L)).requireKnownContract()).doesNotThrowAnyException();
        assertThatCode(() -> job(Map.of(Topology.HEADER_VERSION, new StringBuilder(" 1 "))).requireKnownContract())
                .as("as a byte string, the way amqp-client hands a string header over").doesNotThrowAnyException();
    }

    @Test
    void refusesAJobWrittenToAContractVersionItDoesNotKnow() {
        assertThatThrownBy(() -> job(Map.of(Topology.HEADER_VERSION, 2)).requireKnownContract())
                .isInstanceOfSatisfying(InvalidOptionsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS))
                .hasMessage("Header cutout-version names contract version 2; this worker reads version 1 only");
        assertThatThrownBy(() -> job(Map.of(Topology.HEADER_VERSION, "1.1")).requireKnownContract())
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("Header cutout-version must be the contract version, a whole number, not '1.1'");
    }

    private static JobMessage job(Map<String, Object> headers) {
        return JobMessage.read(new MessageProperties(Optional.of(ID), Optional.empty(), Optional.of("cutout.job." + ID),
                Optional.empty(), true, Optional.empty(), headers));
    }

    @Test
    void anEventInTheJobQueueCarriesItsJsonTwiceAndTheFileName() {
        JobEvent event = JobEvent.of(ID, JobStatus.REFINING);

        AmqpMessage message = EventMessage.forJobQueue(event, Optional.of("holiday"));

        assertThat(EventMessage.read(message.properties(), message.body())).contains(event);
        assertThat(EventMessage.read(message.properties(), new byte[0])).as("from the header alone").contains(event);
        assertThat(new String(message.body(), StandardCharsets.UTF_8)).isEqualTo(JobEventJson.write(event));
        assertThat(EventMessage.fileName(message.properties())).contains("holiday");
        assertThat(message.properties().messageId()).contains(ID);
        assertThat(message.properties().correlationId()).contains(ID);
        assertThat(message.properties().persistent()).isTrue();
    }

    @Test
    void theResultIsThePngWithTheDoneEventInItsHeader() {
        JobEvent done = JobEvent.of(ID, JobStatus.DONE);

        AmqpMessage message = EventMessage.result(done, IMAGE, Optional.empty());

        assertThat(message.body()).isSameAs(IMAGE);
        assertThat(message.properties().contentType()).contains(EventMessage.PNG);
        assertThat(EventMessage.read(message.properties(), message.body())).contains(done);
        assertThat(EventMessage.fileName(message.properties())).isEmpty();
        assertThatThrownBy(() -> EventMessage.result(JobEvent.of(ID, JobStatus.ENCODING), IMAGE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFanOutEventIsTransientJson() {
        JobEvent failed = JobEvent.failed(ID, ErrorCode.CORRUPT_IMAGE, "This file is damaged");

        AmqpMessage message = EventMessage.forFanout(failed);

        assertThat(message.properties().persistent()).isFalse();
        assertThat(message.properties().contentType()).contains(EventMessage.JSON);
        MessageProperties bodyOnly = new MessageProperties(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(EventMessage.JSON), false, Optional.empty(), Map.of());
        assertThat(EventMessage.read(bodyOnly, message.body())).as("from the JSON body alone").contains(failed);
    }

    @Test
    void aMessageThatIsNotAnEventReadsAsNone() {
        MessageProperties png = new MessageProperties(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("image/png"), false, Optional.empty(), Map.of());
        MessageProperties garbled = new MessageProperties(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Map.of(Topology.HEADER_EVENT, "{not json"));

        assertThat(EventMessage.read(png, IMAGE)).isEmpty();
        assertThat(EventMessage.read(garbled, IMAGE)).isEmpty();
    }
}
