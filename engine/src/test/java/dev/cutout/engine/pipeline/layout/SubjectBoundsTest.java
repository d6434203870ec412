package dev.cutout.engine.pipeline.layout;

import dev.cutout.image.RgbaImage;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectBoundsTest {

    @Test
    void findsTheBoxOfAnLShapeAndALoneFarPixel() {
        // Bar [10, 50) x [20, 35), a foot [10, 20) x [35, 60), and one pixel at (70, 5).
        RgbaImage image = Cutouts.of(90, 70, (x, y) -> {
            boolean bar = x >= 10 && x < 50 && y >= 20 && y < 35;
            boolean foot = x >= 10 && x < 20 && y >= 35 && y < 60;
            return bar || foot || (x == 70 && y == 5) ? 0xFF336699 : 0;
        });
        assertThat(SubjectBounds.of(image)).contains(new SubjectBounds(10, 5, 61, 55));
    }

    @Test
    void countsAlphaAboveEightOnly() {
        RgbaImage haze = withCorePlus(8);
        assertThat(SubjectBounds.of(haze)).contains(new SubjectBounds(20, 20, 10, 10));
        RgbaImage faint = withCorePlus(9);
        assertThat(SubjectBounds.of(faint)).contains(new SubjectBounds(2, 20, 28, 18));
    }

    /** An opaque 10x10 core at (20, 20) and two pixels of alpha {@code a} at (2, 25) and (25, 37). */
    private static RgbaImage withCorePlus(int a) {
        return Cutouts.of(40, 40, (x, y) -> {
            if (x >= 20 && x < 30 && y >= 20 && y < 30) {
                return 0xFFFFFFFF;
            }
            return (x == 2 && y == 25) || (x == 25 && y == 37) ? a << 24 | 0xFFFFFF : 0x00FF00;
        });
    }

    @Test
    void isEmptyWhenNothingIsAboveTheThreshold() {
        RgbaImage haze = Cutouts.of(30, 20, (x, y) -> ((x + y) % 9) << 24 | 0xFFFFFF);
        assertThat(SubjectBounds.of(haze)).isEmpty();
        assertThat(SubjectBounds.of(haze, 3)).isPresent();
    }

    @Test
    void agreesWithAFullScanOnRandomSparseImages() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int w = 1 + random.nextInt(40);
            int h = 1 + random.nextInt(40);
            double density = random.nextDouble() * 0.05;
            RgbaImage image = Cutouts.of(w, h, (x, y) -> random.nextDouble() < density ? (9 + random.nextInt(247)) << 24 : random.nextInt(9) << 24);
            assertThat(SubjectBounds.of(image)).as("trial %d", trial).isEqualTo(fullScan(image));
        }
    }

    private static Optional<SubjectBounds> fullScan(RgbaImage image) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                if (image.argb()[y * image.width() + x] >>> 24 > SubjectBounds.ALPHA_THRESHOLD) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? Optional.empty() : Optional.of(new SubjectBounds(x0, y0, x1 - x0 + 1, y1 - y0 + 1));
    }
}
