package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.cutout.engine.SharedFiles;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the real medium model from the provisioned cache (deploy/fetch-models.sh). */
class IsNetModelIT {

    private static final Path MODEL_DIR = CutoutEngine.modelDir(CutoutConfigLoader.load());
    private static final String CAR = "fg-car-2__bg-studio.png";
    private static final int GRID = ModelVariant.MEDIUM.descriptor().grid();

    private static MatteModel medium;

    @BeforeAll
    static void loadMedium() {
        medium = MatteModel.load(MODEL_DIR, ModelVariant.MEDIUM, ExecutionDevice.CPU, 2, 2, true);
    }

    @AfterAll
    static void close() {
        medium.close();
    }

    @Test
    void loadsWithDjlInOfflineMode() {
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        assertThat(medium.timings().warmUpMillis()).isPositive();
    }

    @Test
    void prunedSessionDeclaresOnlyTheFullResolutionAlpha() throws Exception {
        Path pruned = PrunedModelCache.outputOnly(
                new ModelFiles(MODEL_DIR).verifiedOriginal(ModelVariant.MEDIUM), ModelVariant.MEDIUM.descriptor());

        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = OrtEnvironment.getEnvironment().createSession(pruned.toString(), options)) {
            Map<String, NodeInfo> outputs = session.getOutputInfo();
            assertThat(outputs).containsOnlyKeys("output");
            assertThat(((TensorInfo) outputs.get("output").getInfo()).getShape()).containsExactly(1, 1, GRID, GRID);
        }
    }

    @Test
    void mediumSeparatesTheStudioCarFromItsBackground() {
        ModelInput input = GridImages.modelInput(SharedFiles.evalImage(CAR), GRID);
        float[] truth = GridImages.alpha(SharedFiles.evalAlpha(CAR), GRID);

        GridMatte matte = medium.predict(input);

        assertThat(matte.size()).isEqualTo(GRID);
        assertThat(GridImages.iouAtHalf(matte.alpha(), truth)).isGreaterThan(0.8);
    }

    @Test
    void concurrentCallersGetTheSameMatteWithinFloatNoise() throws Exception {
        ModelInput input = GridImages.modelInput(SharedFiles.evalImage(CAR), GRID);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<GridMatte>> results = callers.invokeAll(
                    List.of(() -> medium.predict(input), () -> medium.predict(input)));

            // Not bit-identical: ONNX Runtime's threaded reductions may sum in a different order per run.
            assertThat(maxAbsDifference(results.get(0).get().alpha(), results.get(1).get().alpha()))
                    .isLessThan(1e-3f);
        } finally {
            callers.shutdownNow();
        }
    }

    private static float maxAbsDifference(float[] a, float[] b) {
        assertThat(a).hasSameSizeAs(b);
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
