package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.model.ModelDescriptor.ColourOrder;
import dev.cutout.engine.model.ModelDescriptor.Input;
import dev.cutout.engine.model.ModelDescriptor.Layout;
import dev.cutout.engine.model.ModelDescriptor.Output;
import dev.cutout.engine.model.ModelDescriptor.OutputMeaning;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatteTranslatorTest {

    private static final int GRID = 8;

    @Test
    void isNetInputIsBitForBitTheFormerFloatNormalisation() {
        ModelInput input = randomInput(new Random(17), 1024);

        float[] tensor = new MatteTranslator(ModelVariant.MEDIUM.descriptor()).tensor(input);

        float[] chw = input.chw();
        for (int i = 0; i < chw.length; i++) {
            // What IsNetTranslator computed before descriptors existed.
            float former = (chw[i] - 128f) * (1f / 256f);
            assertThat(Float.floatToRawIntBits(tensor[i])).as("value %d", i).isEqualTo(Float.floatToRawIntBits(former));
        }
    }

    @Test
    void u2netpInputIsImageNetStatisticsAfterDividingByTheGridMaximum() {
        ModelDescriptor u2netp = BuiltInDescriptors.get("u2netp").withGrid(GRID);
        ModelInput input = randomInput(new Random(3), GRID);
        float max = 0;
        for (float v : input.chw()) {
            max = Math.max(max, v);
        }

        float[] tensor = new MatteTranslator(u2netp).tensor(input);

        double[] mean = {0.485, 0.456, 0.406};
        double[] std = {0.229, 0.224, 0.225};
        int plane = GRID * GRID;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < plane; i++) {
                double expected = (input.chw()[c * plane + i] / (double) max - mean[c]) / std[c];
                assertThat((double) tensor[c * plane + i]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    @Test
    void bgrDescriptorsGetTheBluePlaneFirstAndNhwcInterleavesTheChannels() {
        ModelDescriptor identity = BuiltInDescriptors.get("rmbg-1.4").withGrid(GRID);
        ModelInput input = randomInput(new Random(5), GRID);
        int plane = GRID * GRID;

        float[] bgr = new MatteTranslator(with(identity, ColourOrder.BGR, Layout.NCHW)).tensor(input);
        float[] nhwc = new MatteTranslator(with(identity, ColourOrder.RGB, Layout.NHWC)).tensor(input);
        float[] rgb = new MatteTranslator(identity).tensor(input);

        for (int i = 0; i < plane; i++) {
            assertThat(bgr[i]).isEqualTo(rgb[2 * plane + i]);
            assertThat(bgr[plane + i]).isEqualTo(rgb[plane + i]);
            assertThat(bgr[2 * plane + i]).isEqualTo(rgb[i]);
            for (int c = 0; c < 3; c++) {
                assertThat(nhwc[3 * i + c]).isEqualTo(rgb[c * plane + i]);
            }
        }
    }

    @Test
    void probabilitiesAreOnlyClampedLikeIsNetsFp16Rounding() {
        float[] alpha = MatteTranslator.alpha(new float[] {-1e-4f, 0f, 0.25f, 1.0001f},
                new Output("output", OutputMeaning.PROBABILITY, false));

        assertThat(alpha).containsExactly(0f, 0f, 0.25f, 1f);
    }

    @Test
    void logitsGoThroughTheSigmoid() {
        float[] alpha = MatteTranslator.alpha(new float[] {0f, 2f, -2f},
                new Output("o", OutputMeaning.LOGITS, false));

        assertThat(alpha[0]).isEqualTo(0.5f);
        assertThat((double) alpha[1]).isCloseTo(1 / (1 + Math.exp(-2)), org.assertj.core.data.Offset.offset(1e-7));
        assertThat(alpha[1] + alpha[2]).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void minMaxStretchesTheOutputOntoZeroToOneAndLeavesAFlatOneAlone() {
        Output minMax = new Output("o", OutputMeaning.PROBABILITY, true);

        assertThat(MatteTranslator.alpha(new float[] {0.25f, 0.5f, 0.75f}, minMax))
                .containsExactly(0f, 0.5f, 1f);
        assertThat(MatteTranslator.alpha(new float[] {0.3f, 0.3f}, minMax)).containsExactly(0.3f, 0.3f);
    }

    private static ModelDescriptor with(ModelDescriptor d, ColourOrder order, Layout layout) {
        Input in = d.input();
        return new ModelDescriptor(d.name(), d.file(), d.sha256(),
                new Input(in.name(), layout, in.size(), order, in.normalisation(), in.resize()),
                d.output(), d.licence(), d.runHere(), d.comment());
    }

    private static ModelInput randomInput(Random random, int grid) {
        float[] chw = new float[3 * grid * grid];
        for (int i = 0; i < chw.length; i++) {
            chw[i] = random.nextFloat() * 255f;
        }
        return new ModelInput(grid, chw);
    }
}
