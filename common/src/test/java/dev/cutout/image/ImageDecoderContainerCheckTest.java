package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cutout.contract.ErrorCode;
import dev.cutout.image.hostile.HostileCorpus;
import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Regression tests for the two container lies the hostile corpus (issue 16 §1) caught the plugins acting on. */
class ImageDecoderContainerCheckTest {

    private static final long MB = 1024 * 1024;
    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

    @Test
    void refusesJpegWhoseIccProfileClaimsAGigabyteBeforeAnythingAllocatesIt() {
        byte[] jpeg = HostileCorpus.named("jpeg-icc-claims-1gb.jpg").bytes();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        ImageException fromProbe = refusal(decoder::probe, jpeg);
        ImageException fromDecode = refusal(decoder::decode, jpeg);

        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated").isLessThan(16 * MB);
        assertThat(fromProbe.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
        assertThat(fromDecode.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
        assertThat(fromDecode.getMessage()).contains("colour profile claims 1073741824 bytes");
    }

    @Test
    void refusesJpegWhoseIccProfileClaimsTwoGigabytesInsteadOfAnOutOfMemoryError() {
        ImageException refused = refusal(decoder::decode, HostileCorpus.named("jpeg-icc-claims-2gb.jpg").bytes());

        assertThat(refused.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
    }

    @Test
    void keepsJpegWithALargeButCompleteIccProfileInThreeSegments() {
        RgbaImage image = decoder.decode(HostileCorpus.named("jpeg-icc-huge.jpg").bytes());

        assertThat(image.width()).isEqualTo(64);
    }

    @Test
    void refusesLosslessWebpCutOffInsideItsBitstreamThatTheDecoderWouldFillWithBlack() {
        byte[] cut = HostileCorpus.named("webp-truncated-half.webp").bytes();

        ImageException fromProbe = refusal(decoder::probe, cut);
        ImageException fromDecode = refusal(decoder::decode, cut);

        assertThat(fromProbe.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
        assertThat(fromDecode.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
        assertThat(fromDecode.getMessage()).contains("cut off inside its 'VP8L' chunk");
    }

    @Test
    void acceptsWebpWhoseRiffSizeAloneLiesWhenEveryChunkIsWhole() {
        RgbaImage image = decoder.decode(HostileCorpus.named("webp-riff-size-lie.webp").bytes());

        assertThat(image.width()).isEqualTo(64);
    }

    private static ImageException refusal(Consumer<byte[]> call, byte[] bytes) {
        ImageException refused = catchThrowableOfType(() -> call.accept(bytes), ImageException.class);
        assertThat(refused).as("expected a typed ImageException").isNotNull();
        return refused;
    }
}
