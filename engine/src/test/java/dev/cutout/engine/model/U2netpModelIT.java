package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.cutout.engine.RealEngine;
import dev.cutout.engine.SharedFiles;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.CutoutOptions;
import dev.cutout.engine.pipeline.CutoutPipeline;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * U²-Net-p (320², ImageNet statistics, its first of seven outputs, min-max normalised) as a second real
 * model: verified against its descriptor at load, pruned to one output, and run through the same pipeline
 * (ensemble, refinement, compositing) as ISNet on the eval photos.
 */
class U2netpModelIT {

    private static final Path MODEL_DIR = CutoutEngine.modelDir(CutoutConfigLoader.load());
    private static final ModelDescriptor U2NETP = BuiltInDescriptors.get("u2netp");
    private static final String CAR = "fg-car-2__bg-studio.png";
    /**
     * IoU at alpha 0.5 of the shipped cut-out over the 10 eval photos, measured 2026-12-06: u2netp mean 0.941, worst
     * 0.815 (fg-girl-1 on wall-trees); ISNet medium on the same photos 0.908 (worst 0.586, the plants). Modest floors,
     * so only a broken preprocessing or output handling (which collapses the matte) fails them. ISNet is not run
     * here (about 40 s more per test run for a number that asserts nothing): ./cutout eval compares the models.
     */
    private static final double MEAN_IOU_FLOOR = 0.85;
    private static final double PHOTO_IOU_FLOOR = 0.7;

    @BeforeAll
    static void djlFirst() {
        // DJL creates the one OrtEnvironment with its own thread pool settings; a raw session must not come first.
        OrtSettings.keepDjlOffline();
        ai.djl.engine.Engine.getEngine("OnnxRuntime");
    }

    @Test
    void theProvisionedFileMatchesItsDescriptor() throws IOException {
        OnnxGraph graph = OnnxGraph.read(new ModelFiles(MODEL_DIR).verifiedOriginal(U2NETP));

        assertThat(graph.inputNames()).containsExactly("input.1");
        assertThat(graph.input("input.1").orElseThrow().dims())
                .containsExactly(Optional.of(1L), Optional.of(3L), Optional.of(320L), Optional.of(320L));
        assertThat(graph.outputNames()).hasSize(7).first().isEqualTo("1959");
    }

    @Test
    void prunedSessionDeclaresOnlyTheFirstOutput() throws Exception {
        Path pruned = PrunedModelCache.outputOnly(new ModelFiles(MODEL_DIR).verifiedOriginal(U2NETP), U2NETP);

        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = OrtEnvironment.getEnvironment().createSession(pruned.toString(), options)) {
            Map<String, NodeInfo> outputs = session.getOutputInfo();
            assertThat(outputs).containsOnlyKeys("1959");
        }
    }

    @Test
    void aWrongDescriptorFailsAtLoadNotOnTheFirstJob() {
        ModelDescriptor.Input in = U2NETP.input();
        ModelDescriptor wrong = new ModelDescriptor(U2NETP.name(), U2NETP.file(), U2NETP.sha256(),
                new ModelDescriptor.Input("x", in.layout(), in.size(), in.colourOrder(), in.normalisation(), in.resize()),
                U2NETP.output(), U2NETP.licence(), true, "");

        assertThatThrownBy(() -> MatteModel.load(MODEL_DIR, wrong, ExecutionDevice.CPU, 1, 1, false))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessage("u2netp.onnx: the descriptor names input 'x' but the graph's inputs are [input.1]");
    }

    @Test
    void separatesTheStudioCarOnItsOwnGridAndStatesTheTimeOfARun() {
        try (MatteModel model = MatteModel.load(MODEL_DIR, U2NETP, ExecutionDevice.CPU, 2, 1, true)) {
            ModelInput input = GridImages.modelInput(SharedFiles.evalImage(CAR), model.grid());
            long[] millis = new long[5];
            GridMatte matte = null;
            for (int i = 0; i < millis.length; i++) {
                long t0 = System.nanoTime();
                matte = model.predict(input);
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "u2netp: load %s, one 320² run: median %d ms (min %d, max %d), 2 threads%n",
                    model.timings(), millis[2], millis[0], millis[4]);

            assertThat(matte.size()).isEqualTo(320);
            float min = 1;
            float max = 0;
            for (float a : matte.alpha()) {
                min = Math.min(min, a);
                max = Math.max(max, a);
            }
            assertThat(min).as("min-max normalised").isZero();
            assertThat(max).as("min-max normalised").isEqualTo(1f);
            assertThat(GridImages.iouAtHalf(matte.alpha(), GridImages.alpha(SharedFiles.evalAlpha(CAR), 320)))
                    .isGreaterThan(0.8);
        }
    }

    @Test
    void runsThroughTheSamePipelineAsIsNetWithAPlausibleMatteOnEveryEvalPhoto() throws IOException {
        CutoutEngine engine = RealEngine.get();
        CutoutPipeline u2netp = engine.pipeline(U2NETP);
        List<Path> photos;
        try (var files = Files.list(SharedFiles.evalImage(CAR).getParent())) {
            photos = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        double sumU2 = 0;
        double worstU2 = 1;
        for (Path photo : photos) {
            byte[] bytes = Files.readAllBytes(photo);
            float[] truth = alphaOf(ImageIO.read(SharedFiles.evalAlpha(photo.getFileName().toString()).toFile()), false);
            long t0 = System.nanoTime();
            var result = u2netp.process(bytes, CutoutOptions.DEFAULT);
            long u2Millis = (System.nanoTime() - t0) / 1_000_000;
            float[] cut = alphaOf(read(result.png()), true);
            assertThat(cut).as("a cut-out of the photo's size").hasSameSizeAs(truth);
            double u2 = GridImages.iouAtHalf(cut, truth);
            System.out.printf(Locale.ROOT, "%-36s IoU u2netp %.3f  (job %d ms: %s)%n",
                    photo.getFileName(), u2, u2Millis, result.timings().summary());
            sumU2 += u2;
            worstU2 = Math.min(worstU2, u2);
        }
        double meanU2 = sumU2 / photos.size();
        System.out.printf(Locale.ROOT, "mean IoU over %d eval photos: u2netp %.3f; worst %.3f%n",
                photos.size(), meanU2, worstU2);

        assertThat(photos).hasSize(10);
        assertThat(meanU2).isGreaterThan(MEAN_IOU_FLOOR);
        assertThat(worstU2).isGreaterThan(PHOTO_IOU_FLOOR);
    }

    /** The alpha channel of a cut-out, or the red channel of a grey ground-truth matte. */
    private static float[] alphaOf(BufferedImage image, boolean alphaChannel) {
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        float[] alpha = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            alpha[i] = (alphaChannel ? argb[i] >>> 24 : (argb[i] >> 16) & 0xff) / 255f;
        }
        return alpha;
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
