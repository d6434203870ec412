package dev.cutout.engine.pipeline;

import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.model.MatteModel;
import dev.cutout.engine.model.ModelCatalogue;
import dev.cutout.engine.model.ModelDescriptor;
import dev.cutout.engine.model.ModelVariant;
import dev.cutout.engine.pipeline.compose.Compositor;
import dev.cutout.engine.pipeline.ensemble.CandidateChooser;
import dev.cutout.engine.pipeline.ensemble.ChooserSettings;
import dev.cutout.engine.pipeline.ensemble.ColourSeparation;
import dev.cutout.engine.pipeline.ensemble.Ensemble;
import dev.cutout.engine.pipeline.ensemble.EnsemblePredictor;
import dev.cutout.engine.pipeline.ensemble.QualityAssessor;
import dev.cutout.engine.pipeline.ensemble.ViewRenderer;
import dev.cutout.engine.pipeline.hints.HintRefiner;
import dev.cutout.engine.pipeline.hints.HintSolver;
import dev.cutout.engine.pipeline.layout.ShopLayout;
import dev.cutout.engine.pipeline.matting.BandMatting;
import dev.cutout.engine.pipeline.matting.MattingSettings;
import dev.cutout.engine.pipeline.refine.JointUpsampler;
import dev.cutout.engine.pipeline.refine.SpeckFilter;
import dev.cutout.engine.pipeline.resize.ModelInputResizer;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.ResultEncoder;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Owns the loaded models and the pipelines around them, built from {@link CutoutConfig}. The
 * configured model, any name in the {@link ModelCatalogue} whose file is here, is loaded at start (failing
 * fast with a one-line fix when it is unknown, missing or does not match its descriptor); any other model
 * only when it is first asked for. Each pipeline runs at its model's grid side. Closing it frees every model.
 */
public final class CutoutEngine implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CutoutEngine.class.getName());

    private final CutoutConfig config;
    private final ModelCatalogue catalogue;
    private final String defaultModel;
    // Keyed by descriptor name: the ISNet variants and any other described model share one cache.
    private final Map<String, MatteModel> models = new HashMap<>();
    private final Map<String, CutoutPipeline> pipelines = new HashMap<>();

    private CutoutEngine(CutoutConfig config) {
        this.config = config;
        this.catalogue = ModelCatalogue.of(modelDir(config));
        this.defaultModel = config.model().trim().toLowerCase(Locale.ROOT);
        if (!config.device().modelFor(defaultModel).equals(defaultModel)) {
            LOG.log(Level.WARNING, "cutout.model={0} on cutout.device=gpu: the quantised model has no CUDA kernels, "
                    + "so jobs for it run on {1}", defaultModel, config.device().modelFor(defaultModel));
        }
    }

    /** Verifies, loads and (unless {@code cutout.inference.warm-up=false}) warms up the configured model, then wires every step around it. */
    public static CutoutEngine start(CutoutConfig config) {
        CutoutEngine engine = new CutoutEngine(config);
        engine.pipeline(engine.defaultModel);
        return engine;
    }

    /** The pipeline of the configured model. */
    public CutoutPipeline pipeline() {
        return pipeline(defaultModel);
    }

    /** The pipeline of {@code variant}, loading that model on first use (on a GPU: never the quantised one). */
    public synchronized CutoutPipeline pipeline(ModelVariant variant) {
        return pipeline(variant.id());
    }

    /**
     * The pipeline of the catalogue's model {@code name}, loading it on first use (on a GPU: never the quantised
     * one); an unknown name, or one whose file is not here, fails with one sentence listing what is.
     */
    public synchronized CutoutPipeline pipeline(String name) {
        return pipeline(catalogue.available(config.device().modelFor(name)));
    }

    /** The pipeline of a described model, verifying and loading it on first use. */
    public synchronized CutoutPipeline pipeline(ModelDescriptor descriptor) {
        return pipelines.computeIfAbsent(descriptor.name(), name -> assemble(model(descriptor)));
    }

    /** The configured model itself (benchmarks, eval). */
    public MatteModel model() {
        return model(catalogue.available(config.device().modelFor(defaultModel)));
    }

    /** The configured model's catalogue name ({@code cutout.model}). */
    public String defaultModel() {
        return defaultModel;
    }

    /** The models this engine can be asked for: built in or installed in its model directory. */
    public ModelCatalogue catalogue() {
        return catalogue;
    }

    private synchronized MatteModel model(ModelDescriptor descriptor) {
        return models.computeIfAbsent(descriptor.name(), name -> MatteModel.load(modelDir(config), descriptor,
                config.device(), threads(config), config.inference().predictors(), config.inference().warmUp()));
    }

    private CutoutPipeline assemble(MatteModel model) {
        ImageLimits limits = ImageLimits.of(config.limits().maxBytes(), config.limits().maxMegapixels());
        CutoutConfig.Refine refine = config.refine();
        SpeckFilter speckFilter = new SpeckFilter(refine.speckFraction() > 0, refine.speckFraction(),
                refine.holeFraction() > 0, refine.holeFraction());
        int grid = model.grid();
        AlphaEstimator estimator = new AlphaEstimator(new ModelInputResizer(grid),
                new EnsemblePredictor(new ViewRenderer(grid)),
                new CandidateChooser(ChooserSettings.DEFAULT, new ColourSeparation()),
                speckFilter, new JointUpsampler(), QualityAssessor.DEFAULT, new BandMatting(matting(refine.matting())));
        return new CutoutPipeline(new ImageDecoder(limits), estimator, model::predict, ensembles(config), new Compositor(),
                new ShopLayout(limits.maxPixels()), new ResultEncoder(),
                new HintRefiner(limits, new HintSolver(matting(refine.matting()))));
    }

    static MattingSettings matting(CutoutConfig.Matting m) {
        return new MattingSettings(m.erosion(), m.lambda(), m.epsilon(), m.maxSolveSide(), m.maxIterations(),
                m.tolerance());
    }

    /** The configured ensembles; a malformed spec fails the start with the property's name. */
    static CutoutPipeline.Ensembles ensembles(CutoutConfig config) {
        return new CutoutPipeline.Ensembles(parse("cutout.ensemble.standard", config.ensemble().standard()),
                parse("cutout.ensemble.careful", config.ensemble().careful()));
    }

    private static Ensemble parse(String property, String spec) {
        try {
            return Ensemble.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
        }
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
        models.values().forEach(MatteModel::close);
        models.clear();
        pipelines.clear();
    }
}
