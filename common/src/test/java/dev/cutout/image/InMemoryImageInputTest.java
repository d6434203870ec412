package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;

class InMemoryImageInputTest {

    @Test
    void readsSeeksAndReportsItsLength() throws IOException {
        try (InMemoryImageInput input = new InMemoryImageInput(new byte[] {1, 2, 3, (byte) 0xFF})) {
            byte[] two = new byte[2];

            assertThat(input.length()).isEqualTo(4);
            assertThat(input.read()).isEqualTo(1);
            assertThat(input.read(two, 0, 2)).isEqualTo(2);
            assertThat(two).containsExactly(2, 3);
            assertThat(input.read()).isEqualTo(0xFF);
            input.seek(1);
            assertThat(input.readUnsignedShort()).isEqualTo(0x0203);
            assertThat(input.read(new byte[8], 0, 8)).isEqualTo(1);
            assertThat(input.read(new byte[8], 0, 0)).isZero();
        }
    }

    @Test
    void theEndIsAnEndOfFileUntilAReaderWillNotStopThenAnError() throws IOException {
        try (InMemoryImageInput input = new InMemoryImageInput(new byte[] {7})) {
            input.seek(1);
            for (int i = 0; i < InMemoryImageInput.READS_PAST_END_ALLOWED; i++) {
                assertThatThrownBy(input::readByte).isExactlyInstanceOf(EOFException.class);
            }

            assertThatThrownBy(input::readByte).isInstanceOf(IIOException.class).hasMessageContaining("past the end");
            assertThatThrownBy(() -> input.read(new byte[4], 0, 4)).isInstanceOf(IIOException.class);
        }
    }
}
