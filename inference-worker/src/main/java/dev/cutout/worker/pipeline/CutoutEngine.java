package dev.cutout.worker.pipeline;

import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.PngWriter;
import dev.cutout.worker.config.CutoutConfig;
import dev.cutout.worker.model.IsNetModel;
import dev.cutout.worker.model.ModelVariant;

import java.nio.file.Path;

/** Builds the loaded model and the pipeline around it from {@link CutoutConfig}; closing it frees the model. */
public final class CutoutEngine implements AutoCloseable {

    private static final double PIXELS_PER_MEGAPIXEL = 1_000_000.0;

    private final IsNetModel model;
    private final CutoutPipeline pipeline;

    private CutoutEngine(IsNetModel model, CutoutPipeline pipeline) {
        this.model = model;
        this.pipeline = pipeline;
    }

    /** Verifies and loads the configured model (fails fast with a one-line fix when it is missing) and wires every step. */
    public static CutoutEngine start(CutoutConfig config) {
        ModelVariant variant = config.model();
        int threads = config.inference().threads() > 0
                ? config.inference().threads()
                : Runtime.getRuntime().availableProcessors();
        IsNetModel model = IsNetModel.load(modelDir(config), variant, threads, config.inference().predictors());
        ImageLimits limits = new ImageLimits(config.limits().maxBytes(),
                (long) (config.limits().maxMegapixels() * PIXELS_PER_MEGAPIXEL));
        CutoutConfig.Refine refine = config.refine();
        SpeckFilter speckFilter = new SpeckFilter(refine.speckFraction() > 0, refine.speckFraction(),
                refine.holeFraction() > 0, refine.holeFraction());
        CutoutPipeline pipeline = new CutoutPipeline(new ImageDecoder(limits),
                new ModelInputResizer(ModelVariant.GRID_SIZE), model::predict, speckFilter,
                new JointUpsampler(), new Compositor(), new PngWriter());
        return new CutoutEngine(model, pipeline);
    }

    /** {@code cutout.model-dir} / {@code CUTOUT_MODEL_DIR}, else {@code ~/.cache/cutout/models}. */
    public static Path modelDir(CutoutConfig config) {
        return config.modelDir().orElseGet(
                () -> Path.of(System.getProperty("user.home"), ".cache", "cutout", "models"));
    }

    public CutoutPipeline pipeline() {
        return pipeline;
    }

    public IsNetModel model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }
}
