package dev.cutout.engine.pipeline;

import dev.cutout.contract.Refinement;
import dev.cutout.engine.pipeline.compose.Composite;
import dev.cutout.engine.pipeline.compose.Compositor;
import dev.cutout.engine.pipeline.ensemble.Ensemble;
import dev.cutout.engine.pipeline.ensemble.EnsemblePredictor;
import dev.cutout.engine.pipeline.ensemble.MatteModel;
import dev.cutout.engine.pipeline.hints.HintRefiner;
import dev.cutout.engine.pipeline.layout.ShopLayout;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.PngWriter;
import dev.cutout.image.ResultEncoder;
import dev.cutout.image.RgbaImage;
import dev.cutout.image.webp.WebpWriter;
import java.util.function.Consumer;

/**
 * One photo's whole path: decode → resize → infer (the ensemble's views) → refine (choose one
 * candidate, clean, upsample) → compose → layout (only when asked: crop, canvas) → encode; and a refine job's shorter one (no model). Thread-safe; every step is a class of its own and
 * this one only sequences them and times each stage.
 */
public final class CutoutPipeline {

    private final ImageDecoder decoder;
    private final AlphaEstimator estimator;
    private final EnsemblePredictor.ViewModel model;
    private final Ensembles ensembles;
    private final Compositor compositor;
    private final ShopLayout layout;
    private final ResultEncoder encoder;
    private final HintRefiner hints;

    /** The standard and the "Extra careful" ensemble. */
    public record Ensembles(Ensemble standard, Ensemble careful) {

        public Ensemble of(CutoutOptions options) {
            return options.careful() ? careful : standard;
        }
    }

    /** PNG, WebP or JPEG through {@code pngWriter}, with the default pixel limit on layouts. */
    public CutoutPipeline(ImageDecoder decoder, AlphaEstimator estimator, MatteModel model, Ensembles ensembles,
                          Compositor compositor, PngWriter pngWriter, HintRefiner hints) {
        this(decoder, estimator, model, ensembles, compositor, new ShopLayout(),
                new ResultEncoder(pngWriter, new WebpWriter()), hints);
    }

    public CutoutPipeline(ImageDecoder decoder, AlphaEstimator estimator, MatteModel model, Ensembles ensembles,
                          Compositor compositor, ShopLayout layout, ResultEncoder encoder, HintRefiner hints) {
        this.decoder = decoder;
        this.estimator = estimator;
        this.model = (view, input) -> model.predict(input.get());
        this.ensembles = ensembles;
        this.compositor = compositor;
        this.layout = layout;
        this.encoder = encoder;
        this.hints = hints;
    }

    public CutoutResult process(byte[] imageBytes, CutoutOptions options) {
        return process(imageBytes, options, stage -> { });
    }

    /** Runs every stage, calling {@code onStageStart} at each boundary (progress events). */
    public CutoutResult process(byte[] imageBytes, CutoutOptions options, Consumer<Stage> onStageStart) {
        StageClock clock = new StageClock(onStageStart);
        RgbaImage photo = clock.time(Stage.DECODE, () -> decoder.decode(imageBytes));
        AlphaEstimator.Estimate estimate = estimator.estimate(photo, ensembles.of(options), model, options.matting(), clock);
        Composite composed = clock.time(Stage.COMPOSE, () -> compositor.compose(photo, estimate.alpha(), options.compose()));
        Composite composite = layOut(composed, options, clock);
        byte[] encoded = clock.time(Stage.ENCODE, () -> encode(composite, options));
        return new CutoutResult(encoded, composite.width(), composite.height(), clock.timings(), estimate.report(),
                options.format().format());
    }

    /**
     * A refine job: decode → refine (the earlier result's alpha with the edge controls and the strokes of
     * {@code refinement}; no model run) → compose → encode. The photo must be the one of the earlier result.
     */
    public RefinedCutout refine(byte[] imageBytes, Refinement refinement, CutoutOptions options,
                                Consumer<Stage> onStageStart) {
        StageClock clock = new StageClock(onStageStart);
        RgbaImage photo = clock.time(Stage.DECODE, () -> decoder.decode(imageBytes));
        byte[] alpha = clock.time(Stage.REFINE, () -> hints.apply(photo, refinement));
        Composite composed = clock.time(Stage.COMPOSE, () -> compositor.compose(photo, alpha, options.compose()));
        Composite composite = layOut(composed, options, clock);
        byte[] encoded = clock.time(Stage.ENCODE, () -> encode(composite, options));
        return new RefinedCutout(encoded, composite.width(), composite.height(), clock.timings(), options.format().format());
    }

    /** The alpha steps alone, for the quality benchmark (which supplies a cached model). */
    public AlphaEstimator estimator() {
        return estimator;
    }

    public Ensembles ensembles() {
        return ensembles;
    }

    /** The layout step, timed as its own stage, only when the job asked for one (else no stage is reported). */
    private Composite layOut(Composite composite, CutoutOptions options, StageClock clock) {
        return options.layout().isIdentity() ? composite
                : clock.time(Stage.LAYOUT, () -> layout.apply(composite, options.layout()));
    }

    private byte[] encode(Composite composite, CutoutOptions options) {
        if (composite instanceof Composite.Grey grey) {
            return encoder.grey(grey.width(), grey.height(), grey.grey(), options.format());
        }
        RgbaImage image = ((Composite.Colour) composite).image();
        return encoder.colour(image, options.format());
    }
}
