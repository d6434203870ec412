package dev.cutout.gateway.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import dev.cutout.contract.AmqpMessage;
import dev.cutout.contract.EventMessage;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobMessage;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmqpContractTest {

    private static final String ID = "0193d1c4-7e0a-7000-8000-000000000001";

    @Test
    void theJobMessageGoesOnTheWireAsTheDocumentedPropertiesAndReadsBackUnchanged() {
        AmqpMessage job = JobMessage.write(ID, JobOptions.DEFAULT, "image/jpeg", new byte[] {1},
                Instant.parse("2025-01-02T03:04:05Z"));

        AMQP.BasicProperties wire = AmqpContract.of(job.properties());

        assertThat(wire.getMessageId()).isEqualTo(ID);
        assertThat(wire.getReplyTo()).isEqualTo("cutout.job." + ID);
        assertThat(wire.getDeliveryMode()).isEqualTo(2);
        assertThat(wire.getContentType()).isEqualTo("image/jpeg");
        assertThat(wire.getTimestamp().toInstant()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        assertThat(AmqpContract.from(wire)).isEqualTo(job.properties());
        assertThat(JobMessage.read(AmqpContract.from(wire)).options()).isEqualTo(JobOptions.DEFAULT);
    }

    @Test
    void aFanOutEventIsTransientOnTheWire() {
        AmqpMessage event = EventMessage.forFanout(JobEvent.of(ID, JobStatus.INFERRING));

        AMQP.BasicProperties wire = AmqpContract.of(event.properties());

        assertThat(wire.getDeliveryMode()).isEqualTo(1);
        assertThat(wire.getCorrelationId()).isEqualTo(ID);
        assertThat(AmqpContract.from(wire)).isEqualTo(event.properties());
    }

    @Test
    void readsAMessageWithNoPropertiesSetAsAllAbsent() {
        assertThat(AmqpContract.from(new AMQP.BasicProperties())).satisfies(p -> {
            assertThat(p.messageId()).isEqualTo(Optional.empty());
            assertThat(p.persistent()).isFalse();
            assertThat(p.headers()).isEmpty();
        });
    }
}
