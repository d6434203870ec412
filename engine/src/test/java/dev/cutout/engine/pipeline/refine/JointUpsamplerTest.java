package dev.cutout.engine.pipeline.refine;

import dev.cutout.engine.ModelFixtures;
import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.engine.pipeline.resize.ModelInputResizer;
import dev.cutout.image.RgbaImage;
import dev.cutout.image.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JointUpsamplerTest {

    private static final int WIDTH = 100;
    private static final int HEIGHT = 40;
    /** First white column of the photo; on a 32-grid it falls inside grid pixel 14 (14.4). */
    private static final int EDGE = 45;

    @Test
    void snapsTheMatteEdgeToThePhotosEdgeWhereBilinearLeavesARamp() {
        RgbaImage photo = TestImages.opaque(WIDTH, HEIGHT, (x, y) -> x < EDGE ? 0 : TestImages.rgb(255, 255, 255));
        ModelInput guide = new ModelInputResizer(32).resize(photo);
        // The network "got it right" on its grid: alpha follows the guide's brightness there.
        float[] alpha = new float[32 * 32];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = guide.chw()[i] / 255f;
        }
        GridMatte matte = new GridMatte(32, alpha);

        byte[] joint = new JointUpsampler().upsample(matte, guide, photo);
        byte[] bilinear = new BilinearUpsampler().upsample(matte, guide, photo);

        int y = HEIGHT / 2;
        assertThat(intermediates(joint, y)).isLessThan(intermediates(bilinear, y));
        assertThat(intermediates(joint, y)).isLessThanOrEqualTo(1);
        assertThat(joint[y * WIDTH + EDGE - 2] & 0xFF).isLessThan(13);
        assertThat(joint[y * WIDTH + EDGE + 1] & 0xFF).isGreaterThan(242);
    }

    @Test
    void keepsAFlatMatteFlat() {
        RgbaImage photo = TestImages.opaque(50, 30, (x, y) -> TestImages.rgb(x * 5, y * 8, 100));
        ModelInput guide = new ModelInputResizer(16).resize(photo);
        GridMatte matte = ModelFixtures.matte(16, (x, y) -> 1f);
        byte[] alpha = new JointUpsampler().upsample(matte, guide, photo);
        for (byte b : alpha) {
            assertThat(b & 0xFF).isEqualTo(255);
        }
    }

    /** Pixels of row y strictly between 5 % and 95 % alpha. */
    private static int intermediates(byte[] alpha, int y) {
        int n = 0;
        for (int x = 0; x < WIDTH; x++) {
            int a = alpha[y * WIDTH + x] & 0xFF;
            if (a > 13 && a < 242) {
                n++;
            }
        }
        return n;
    }
}
