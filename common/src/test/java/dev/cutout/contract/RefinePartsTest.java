package dev.cutout.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefinePartsTest {

    private static final byte[] PHOTO = {1, 2, 3};
    private static final byte[] PREVIOUS = {4, 5};
    private static final byte[] HINTS = {6, 7, 8, 9};

    @Test
    void aRefineJobCarriesPhotoPreviousResultHintsAndControlsInOneMessage() {
        JobInput input = new JobInput(PHOTO, Optional.of(new Refinement(PREVIOUS, Optional.of(HINTS), 4, -3)));
        AmqpMessage message = JobMessage.write("job-1", JobOptions.DEFAULT, "image/jpeg", input, Instant.now());

        assertThat(message.body()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(message.properties().contentType()).contains(JobMessage.REFINE_CONTENT_TYPE);
        assertThat(message.properties().header(Topology.HEADER_REFINE)).contains("photo=3;previous=2;hints=4");

        JobInput back = JobMessage.read(message.properties()).input(message.body());
        assertThat(back.image()).containsExactly(PHOTO);
        Refinement refinement = back.refinement().orElseThrow();
        assertThat(refinement.previous()).containsExactly(PREVIOUS);
        assertThat(refinement.hints()).hasValueSatisfying(h -> assertThat(h).containsExactly(HINTS));
        assertThat(refinement.feather()).isEqualTo(4);
        assertThat(refinement.shift()).isEqualTo(-3);
    }

    @Test
    void aPlainJobIsItsPhotoAlone() {
        AmqpMessage message = JobMessage.write("job-2", JobOptions.DEFAULT, "image/png", PHOTO, Instant.now());

        assertThat(message.body()).containsExactly(PHOTO);
        assertThat(message.properties().contentType()).contains("image/png");
        JobInput back = JobMessage.read(message.properties()).input(message.body());
        assertThat(back.refinement()).isEmpty();
        assertThat(back.image()).containsExactly(PHOTO);
    }

    @Test
    void edgeControlsAloneNeedNoHints() {
        JobInput input = new JobInput(PHOTO, Optional.of(new Refinement(PREVIOUS, Optional.empty(), 0, 5)));
        AmqpMessage message = JobMessage.write("job-3", JobOptions.DEFAULT, "image/png", input, Instant.now());

        Refinement back = JobMessage.read(message.properties()).input(message.body()).refinement().orElseThrow();
        assertThat(back.hints()).isEmpty();
        assertThat(back.shift()).isEqualTo(5);
    }

    @Test
    void refusesLengthsThatDoNotAddUpToTheBody() {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Topology.HEADER_REFINE, "photo=3;previous=2;hints=9");

        assertThatThrownBy(() -> RefineParts.read(headers, new byte[9]))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("14 bytes").hasMessageContaining("9");
    }

    @Test
    void refusesAMalformedLengthHeaderOrControlNamingTheHeader() {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Topology.HEADER_REFINE, "photo=-1;previous=2");
        assertThatThrownBy(() -> RefineParts.read(headers, new byte[1]))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining(Topology.HEADER_REFINE);

        headers.put(Topology.HEADER_REFINE, "photo=1;previous=1;hints=0");
        headers.put(Topology.HEADER_FEATHER, "soft");
        assertThatThrownBy(() -> RefineParts.read(headers, new byte[2]))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining(Topology.HEADER_FEATHER);
    }

    @Test
    void refusesEdgeControlsOutOfRange() {
        assertThatThrownBy(() -> new Refinement(PREVIOUS, Optional.empty(), Refinement.MAX_FEATHER + 1, 0))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("feather");
        assertThatThrownBy(() -> new Refinement(PREVIOUS, Optional.empty(), 0, -Refinement.MAX_SHIFT - 1))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("shift");
    }
}
