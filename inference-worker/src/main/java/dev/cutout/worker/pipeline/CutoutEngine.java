package dev.cutout.worker.pipeline;

import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.PngWriter;
import dev.cutout.worker.config.CutoutConfig;
import dev.cutout.worker.model.IsNetModel;
import dev.cutout.worker.model.ModelVariant;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Owns the loaded models and the pipelines around them, built from {@link CutoutConfig}. The
 * configured model is loaded at start (failing fast with a one-line fix when it is missing); the
 * other variant only when a job first asks for it. Closing it frees every model.
 */
public final class CutoutEngine implements AutoCloseable {

    private static final double PIXELS_PER_MEGAPIXEL = 1_000_000.0;

    private final CutoutConfig config;
    private final ModelVariant defaultVariant;
    private final Map<ModelVariant, IsNetModel> models = new EnumMap<>(ModelVariant.class);
    private final Map<ModelVariant, CutoutPipeline> pipelines = new EnumMap<>(ModelVariant.class);

    private CutoutEngine(CutoutConfig config) {
        this.config = config;
        this.defaultVariant = config.model();
    }

    /** Verifies, loads and warms up the configured model, then wires every step around it. */
    public static CutoutEngine start(CutoutConfig config) {
        CutoutEngine engine = new CutoutEngine(config);
        engine.pipeline(engine.defaultVariant);
        return engine;
    }

    /** The pipeline of the configured model. */
    public CutoutPipeline pipeline() {
        return pipeline(defaultVariant);
    }

    /** The pipeline of {@code variant}, loading that model on first use. */
    public synchronized CutoutPipeline pipeline(ModelVariant variant) {
        return pipelines.computeIfAbsent(variant, v -> assemble(model(v)));
    }

    /** The configured model itself (benchmarks, eval). */
    public IsNetModel model() {
        return model(defaultVariant);
    }

    public ModelVariant defaultVariant() {
        return defaultVariant;
    }

    private synchronized IsNetModel model(ModelVariant variant) {
        return models.computeIfAbsent(variant, v -> IsNetModel.load(modelDir(config), v, threads(config),
                config.inference().predictors()));
    }

    private CutoutPipeline assemble(IsNetModel model) {
        ImageLimits limits = new ImageLimits(config.limits().maxBytes(),
                (long) (config.limits().maxMegapixels() * PIXELS_PER_MEGAPIXEL));
        CutoutConfig.Refine refine = config.refine();
        SpeckFilter speckFilter = new SpeckFilter(refine.speckFraction() > 0, refine.speckFraction(),
                refine.holeFraction() > 0, refine.holeFraction());
        return new CutoutPipeline(new ImageDecoder(limits), new ModelInputResizer(ModelVariant.GRID_SIZE),
                model::predict, speckFilter, new JointUpsampler(), new Compositor(), new PngWriter());
    }

    private static int threads(CutoutConfig config) {
        return config.inference().threads() > 0
                ? config.inference().threads()
                : Runtime.getRuntime().availableProcessors();
    }

    /** {@code cutout.model-dir} / {@code CUTOUT_MODEL_DIR}, else {@code ~/.cache/cutout/models}. */
    public static Path modelDir(CutoutConfig config) {
        return config.modelDir().orElseGet(
                () -> Path.of(System.getProperty("user.home"), ".cache", "cutout", "models"));
    }

    @Override
    public synchronized void close() {
        models.values().forEach(IsNetModel::close);
        models.clear();
        pipelines.clear();
    }
}
