package dev.cutout.gateway.batches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.contract.ErrorCode;
import dev.cutout.gateway.jobs.JobRejectedException;
import dev.cutout.image.TestImages;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BatchZipReaderTest {

    private static final byte[] PNG = TestImages.write(TestImages.corners(4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png");

    private static BatchLimits limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
        return new BatchLimits() {
            public int maxEntries() {
                return maxEntries;
            }

            public long maxEntryBytes() {
                return maxEntryBytes;
            }

            public long maxTotalBytes() {
                return maxTotalBytes;
            }

            public int maxRatio() {
                return maxRatio;
            }
        };
    }

    private static final BatchLimits ROOMY = limits(10, 1 << 20, 4 << 20, 100);

    private static List<ZipItem> read(BatchLimits limits, byte[] zip) {
        List<ZipItem> items = new ArrayList<>();
        new BatchZipReader(limits).read(new ByteArrayInputStream(zip), items::add);
        return items;
    }

    private static ZipItem.Refused refused(ZipItem item) {
        assertThat(item).isInstanceOf(ZipItem.Refused.class);
        return (ZipItem.Refused) item;
    }

    @Test
    void handsOnImageEntriesOfSubFoldersWithTheirBytes() {
        List<ZipItem> items = read(ROOMY, new TestZips().directory("shop/").add("shop/a/cat.png", PNG)
                .addStored("dog.png", PNG).bytes());

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isInstanceOfSatisfying(ZipItem.Photo.class, photo -> {
            assertThat(photo.name()).isEqualTo("shop/a/cat.png");
            assertThat(photo.bytes()).isEqualTo(PNG);
        });
        assertThat(items.get(1)).isInstanceOfSatisfying(ZipItem.Photo.class,
                photo -> assertThat(photo.bytes()).isEqualTo(PNG));
    }

    @Test
    void refusesZipSlipNamesAsFailedItemsAndKeepsReading() {
        List<ZipItem> items = read(ROOMY, new TestZips().add("../evil.png", PNG).add("a/../../evil.png", PNG)
                .add("/etc/evil.png", PNG).add("a\\..\\evil.png", PNG).add("C:/evil.png", PNG)
                .add("fine.png", PNG).bytes());

        assertThat(items).hasSize(6);
        for (ZipItem item : items.subList(0, 5)) {
            assertThat(refused(item).code()).as(item.name()).isEqualTo(ErrorCode.INVALID_OPTIONS);
            assertThat(refused(item).reason()).as(item.name()).startsWith("Refused: the entry name");
        }
        assertThat(items.get(5)).isInstanceOf(ZipItem.Photo.class);
    }

    @Test
    void refusesANestedZipByNameAndByContent() {
        byte[] inner = new TestZips().add("inner.png", PNG).bytes();
        List<ZipItem> items = read(ROOMY, new TestZips().add("more.zip", inner).add("disguised.png", inner).bytes());

        assertThat(items).extracting(item -> refused(item).code())
                .containsExactly(ErrorCode.UNSUPPORTED_FORMAT, ErrorCode.UNSUPPORTED_FORMAT);
        assertThat(items).allSatisfy(item -> assertThat(refused(item).reason()).contains("archives inside the zip"));
    }

    @Test
    void refusesNonImagesIncludingWhatASymlinkEntryHolds() {
        List<ZipItem> items = read(ROOMY, new TestZips()
                .add("notes.txt", "hello".getBytes(StandardCharsets.US_ASCII))
                .add("link.png", "../../etc/passwd".getBytes(StandardCharsets.US_ASCII))
                .add("empty.png", new byte[0]).bytes());

        assertThat(items).extracting(item -> refused(item).code()).containsOnly(ErrorCode.UNSUPPORTED_FORMAT);
        assertThat(refused(items.get(0)).reason()).startsWith("Not an image");
    }

    @Test
    void passesABrokenJpegOnForTheImageCheckToRefuse() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 1, 2, 3};
        List<ZipItem> items = read(ROOMY, new TestZips().add("broken.jpg", broken).bytes());

        // Magic bytes say JPEG: the header probe of the single-upload path refuses it (BatchResourceTest).
        assertThat(items).singleElement().isInstanceOf(ZipItem.Photo.class);
    }

    @Test
    void refusesAnEntryOverThePerEntryLimitAndStillReadsTheNextOne() {
        byte[] noise = new byte[300_000];
        new java.util.Random(1).nextBytes(noise);
        List<ZipItem> items = read(limits(10, 100_000, 4 << 20, 100),
                new TestZips().add("big.png", noise).add("ok.png", PNG).bytes());

        assertThat(refused(items.get(0)).code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(items.get(1)).isInstanceOf(ZipItem.Photo.class);
    }

    @Test
    void stopsInflatingABombAtTheRatioLimit() {
        // 64 MB of zeros deflate to ~64 KB: a ratio of ~1000.
        byte[] zeros = new byte[64 << 20];
        byte[] bomb = new TestZips().add("bomb.png", zeros).bytes();
        CountingInput body = new CountingInput(bomb);

        assertThatThrownBy(() -> new BatchZipReader(limits(10, 1L << 40, 1L << 40, 100)).read(body, item -> { }))
                .isInstanceOfSatisfying(JobRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
                    assertThat(e.getMessage()).contains("zip bomb");
                });
        assertThat(body.taken.get()).as("compressed bytes read before stopping").isLessThan(bomb.length / 4);
    }

    @Test
    void refusesTheWholeZipWhenItInflatesPastTheTotal() {
        byte[] noise = new byte[400_000];
        new java.util.Random(2).nextBytes(noise);
        byte[] zip = new TestZips().add("a.png", noise).add("b.png", noise).add("c.png", noise).bytes();

        assertThatThrownBy(() -> read(limits(10, 1 << 20, 1_000_000, 100), zip))
                .isInstanceOfSatisfying(JobRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE));
    }

    @Test
    void refusesTheWholeZipPastTheEntryCountDirectoriesIncluded() {
        byte[] zip = new TestZips().directory("a/").directory("b/").add("a/x.png", PNG).bytes();

        assertThatThrownBy(() -> read(limits(2, 1 << 20, 4 << 20, 100), zip))
                .isInstanceOfSatisfying(JobRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
                    assertThat(e.getMessage()).contains("more than 2 entries");
                });
    }

    @Test
    void refusesABodyThatIsNotAZip() {
        assertThatThrownBy(() -> read(ROOMY, PNG)).isInstanceOfSatisfying(JobRejectedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT));
    }

    @Test
    void refusesAnEmptyZip() {
        assertThatThrownBy(() -> read(ROOMY, new TestZips().bytes())).isInstanceOfSatisfying(
                JobRejectedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS));
    }

    @Test
    void refusesAZipCutOffInTheMiddleOfAnEntry() {
        byte[] noise = new byte[50_000];
        new java.util.Random(3).nextBytes(noise);
        byte[] zip = new TestZips().add("a.png", noise).bytes();
        byte[] cut = java.util.Arrays.copyOf(zip, zip.length / 2);

        assertThatThrownBy(() -> read(ROOMY, cut)).isInstanceOfSatisfying(JobRejectedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE));
    }

    @Test
    void refusesAZipWhoseEntryNamesAreNotUtf8() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out, StandardCharsets.ISO_8859_1)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("caf\u00e9.png"));
            zip.write(PNG);
            zip.closeEntry();
        }

        assertThatThrownBy(() -> read(ROOMY, out.toByteArray())).isInstanceOfSatisfying(JobRejectedException.class,
                e -> assertThat(e.getMessage()).contains("not UTF-8"));
    }

    @Test
    void letsAFailureOfTheSinkThroughUnchanged() {
        byte[] zip = new TestZips().add("a.png", PNG).bytes();
        IllegalArgumentException fromSink = new IllegalArgumentException("from the sink");

        assertThatThrownBy(() -> new BatchZipReader(ROOMY).read(new ByteArrayInputStream(zip), item -> {
            throw fromSink;
        })).isSameAs(fromSink);
    }

    /** Counts what the reader takes from the body. */
    private static final class CountingInput extends InputStream {
        private final ByteArrayInputStream in;
        final AtomicLong taken = new AtomicLong();

        CountingInput(byte[] bytes) {
            in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            int b = in.read();
            if (b >= 0) {
                taken.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = in.read(b, off, len);
            if (n > 0) {
                taken.addAndGet(n);
            }
            return n;
        }
    }
}
