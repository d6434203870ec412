package dev.cutout.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON form of {@link JobEvent} on the wire (AMQP header, fan-out body, SSE data, status body). */
public final class JobEventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JobEventJson() {
    }

    public static String write(JobEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write job event", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a job event */
    public static JobEvent read(String json) {
        try {
            return MAPPER.readValue(json, JobEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a job event: " + e.getOriginalMessage(), e);
        }
    }
}
