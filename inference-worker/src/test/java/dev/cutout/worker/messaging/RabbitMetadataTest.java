package dev.cutout.worker.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.AmqpMessage;
import dev.cutout.contract.EventMessage;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobMessage;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.MessageProperties;
import dev.cutout.contract.OutputKind;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RabbitMetadataTest {

    private static final String ID = "0193d1c4-7e0a-7000-8000-000000000001";

    @Test
    void readsTheJobMessageTheGatewayWritesWithItsIdReplyQueueAndOptions() {
        JobOptions options = new JobOptions(Optional.of("small"), OutputKind.MASK, JobOptions.DEFAULT_BACKGROUND,
                false, true, true, Optional.of("cat"));
        AmqpMessage written = JobMessage.write(ID, options, "image/webp", new byte[] {1},
                Instant.parse("2025-01-02T03:04:05Z"));

        MessageProperties read = RabbitMetadata.incoming(
                RabbitMetadata.outgoing(written.properties(), Optional.empty()).toIncomingMetadata("cutout.jobs", false));
        JobMessage job = JobMessage.read(read);

        assertThat(read).isEqualTo(written.properties());
        assertThat(job.jobId()).contains(ID);
        assertThat(job.replyTo()).contains("cutout.job." + ID);
        assertThat(job.options()).isEqualTo(options);
        assertThat(job.fileName()).contains("cat");
    }

    @Test
    void sendsAResultToTheReplyQueueAsAPersistentPngWithTheEventInItsHeader() {
        JobEvent done = JobEvent.of(ID, JobStatus.DONE);
        AmqpMessage result = EventMessage.result(done, new byte[] {(byte) 0x89}, Optional.of("cat"));

        OutgoingRabbitMQMetadata metadata = RabbitMetadata.outgoing(result.properties(), Optional.of("cutout.job." + ID));

        assertThat(metadata.getRoutingKey()).isEqualTo("cutout.job." + ID);
        assertThat(metadata.getDeliveryMode()).isEqualTo(2);
        assertThat(metadata.getContentType()).isEqualTo("image/png");
        assertThat(metadata.getMessageId()).isEqualTo(ID);
        assertThat(metadata.getCorrelationId()).isEqualTo(ID);
        assertThat(EventMessage.read(RabbitMetadata.incoming(metadata.toIncomingMetadata("", false)), result.body()))
                .contains(done);
    }
}
