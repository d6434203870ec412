package dev.cutout.gateway.jobs;

import com.rabbitmq.client.AMQP;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobEventJson;
import dev.cutout.contract.JobHeaders;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.Topology;
import dev.cutout.image.ImageHeader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The AMQP form of what the gateway publishes and reads: job messages and job-queue events. */
final class JobMessages {

    private static final int PERSISTENT = 2;
    private static final String JSON = "application/json";

    private JobMessages() {
    }

    /** The job for a worker: body = image bytes, options as headers, events go to {@code reply_to}. */
    static AMQP.BasicProperties job(String jobId, JobOptions options, ImageHeader header, Instant now) {
        return new AMQP.BasicProperties.Builder()
                .messageId(jobId)
                .replyTo(Topology.jobQueue(jobId))
                .headers(JobHeaders.write(options))
                .contentType(header.format().mediaType())
                .deliveryMode(PERSISTENT)
                .timestamp(Date.from(now))
                .build();
    }

    /** An event kept in the job's queue; the file name rides along so the result can be named. */
    static AMQP.BasicProperties event(JobEvent event, Optional<String> fileName) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Topology.HEADER_EVENT, JobEventJson.write(event));
        fileName.ifPresent(name -> headers.put(Topology.HEADER_FILE_NAME, name));
        return new AMQP.BasicProperties.Builder()
                .messageId(event.jobId())
                .headers(headers)
                .contentType(JSON)
                .deliveryMode(PERSISTENT)
                .timestamp(Date.from(event.at()))
                .build();
    }

    static byte[] body(JobEvent event) {
        return JobEventJson.write(event).getBytes(StandardCharsets.UTF_8);
    }

    /** The event of a message: the {@value Topology#HEADER_EVENT} header, else a JSON body; empty if neither. */
    static Optional<JobEvent> event(AMQP.BasicProperties properties, byte[] body) {
        try {
            Object header = header(properties, Topology.HEADER_EVENT);
            if (header != null) {
                return Optional.of(JobEventJson.read(header.toString()));
            }
            if (JSON.equals(properties.getContentType()) && body != null) {
                return Optional.of(JobEventJson.read(new String(body, StandardCharsets.UTF_8)));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<String> fileName(AMQP.BasicProperties properties) {
        return Optional.ofNullable(header(properties, Topology.HEADER_FILE_NAME)).map(Object::toString)
                .filter(name -> !name.isBlank());
    }

    private static Object header(AMQP.BasicProperties properties, String name) {
        Map<String, Object> headers = properties.getHeaders();
        return headers == null ? null : headers.get(name);
    }
}
