package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.cutout.engine.SharedFiles;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.resize.ModelInputResizer;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The descriptor-driven translator against the hard-coded one it replaced, on the real medium model and one
 * eval photo resized by the pipeline's own resizer: the mattes must be identical bit for bit.
 */
class MatteTranslatorIsNetIT {

    private static final Path MODEL_DIR = CutoutEngine.modelDir(CutoutConfigLoader.load());
    private static final String CAR = "fg-car-2__bg-studio.png";

    @Test
    void mediumGivesTheSameMatteBitForBitAsBeforeDescriptors() throws Exception {
        ModelDescriptor medium = ModelVariant.MEDIUM.descriptor();
        Path pruned = PrunedModelCache.outputOnly(new ModelFiles(MODEL_DIR).verifiedOriginal(medium), medium);
        ModelInput input = new ModelInputResizer(medium.grid())
                .resize(new ImageDecoder(ImageLimits.DEFAULT).decode(Files.readAllBytes(SharedFiles.evalImage(CAR))));
        OrtSettings.keepDjlOffline();
        // One intra-op thread: ONNX Runtime's threaded reductions may sum in another order on each run.
        try (SessionOptions options = OrtSettings.sessionOptions(1);
                Model model = Model.newInstance("medium", Device.cpu(), "OnnxRuntime")) {
            model.load(pruned, null, Map.of("sessionOptions", options));
            GridMatte former;
            GridMatte now;
            try (Predictor<ModelInput, GridMatte> old = model.newPredictor(new FormerIsNetTranslator(medium.grid()));
                    Predictor<ModelInput, GridMatte> generic = model.newPredictor(new MatteTranslator(medium))) {
                former = old.predict(input);
                now = generic.predict(input);
            }

            assertThat(now.size()).isEqualTo(former.size()).isEqualTo(1024);
            int differing = 0;
            for (int i = 0; i < former.alpha().length; i++) {
                differing += Float.floatToRawIntBits(former.alpha()[i]) == Float.floatToRawIntBits(now.alpha()[i]) ? 0 : 1;
            }
            assertThat(differing).as("grid cells whose alpha differs in any bit").isZero();
            int sure = 0;
            int clear = 0;
            for (float a : former.alpha()) {
                sure += a > 0.9f ? 1 : 0;
                clear += a < 0.1f ? 1 : 0;
            }
            assertThat(sure).as("a real matte: some sure foreground").isGreaterThan(10_000);
            assertThat(clear).as("and some clear background").isGreaterThan(10_000);
        }
    }
}
