package dev.cutout.worker.pipeline;

import dev.cutout.contract.QualityReport;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.PngWriter;
import dev.cutout.image.RgbaImage;
import dev.cutout.worker.model.GridMatte;
import dev.cutout.worker.model.ModelInput;
import dev.cutout.worker.pipeline.ensemble.MatteEvidence;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One photo's whole path: decode → resize → infer → refine → compose → encode. Thread-safe; every
 * step is a class of its own and this one only sequences them and times each stage.
 */
public final class CutoutPipeline {

    private final ImageDecoder decoder;
    private final ModelInputResizer resizer;
    private final MatteModel model;
    private final MatteModel flipAveraged;
    private final SpeckFilter speckFilter;
    private final MatteUpsampler upsampler;
    private final Compositor compositor;
    private final PngWriter pngWriter;

    public CutoutPipeline(ImageDecoder decoder, ModelInputResizer resizer, MatteModel model,
                          SpeckFilter speckFilter, MatteUpsampler upsampler, Compositor compositor,
                          PngWriter pngWriter) {
        this.decoder = decoder;
        this.resizer = resizer;
        this.model = model;
        this.flipAveraged = new FlipAveragingModel(model);
        this.speckFilter = speckFilter;
        this.upsampler = upsampler;
        this.compositor = compositor;
        this.pngWriter = pngWriter;
    }

    public CutoutResult process(byte[] imageBytes, CutoutOptions options) {
        return process(imageBytes, options, stage -> { });
    }

    /** Runs every stage, calling {@code onStageStart} at each boundary (progress events). */
    public CutoutResult process(byte[] imageBytes, CutoutOptions options, Consumer<Stage> onStageStart) {
        StageClock clock = new StageClock(onStageStart);
        RgbaImage photo = clock.time(Stage.DECODE, () -> decoder.decode(imageBytes));
        GridPrediction prediction = predictGrid(photo, options.flipAverage(), clock);
        byte[] alpha = clock.time(Stage.REFINE, () -> refine(prediction, photo));
        Composite composite = clock.time(Stage.COMPOSE, () -> compositor.compose(photo, alpha, options.compose()));
        byte[] png = clock.time(Stage.ENCODE, () -> encode(composite));
        return new CutoutResult(png, photo.width(), photo.height(), clock.timings(),
                report(prediction.matte(), options.flipAverage()));
    }

    /** The photo on the model's grid and the network's raw matte there, before any refinement. */
    public record GridPrediction(ModelInput input, GridMatte matte) {
    }

    /** Resize and infer: what the quality benchmark scores both the peers' baseline and {@link #refine} on. */
    public GridPrediction predictGrid(RgbaImage photo, boolean flipAverage) {
        return predictGrid(photo, flipAverage, new StageClock(stage -> { }));
    }

    /** The shipped refinement of a grid prediction: speck removal, then upsampling to the photo's size. */
    public byte[] refine(GridPrediction prediction, RgbaImage photo) {
        return upsampler.upsample(speckFilter.apply(prediction.matte()), prediction.input(), photo);
    }

    // Interim until the ensemble chooses between candidates: the evidence of the one matte, and
    // doubt only when (almost) nothing or (almost) everything was kept.
    private static QualityReport report(GridMatte matte, boolean flipAverage) {
        MatteEvidence evidence = MatteEvidence.of(matte);
        boolean noSubject = evidence.keptShare() < 0.005 || evidence.keptShare() > 0.97;
        return new QualityReport(flipAverage ? "plain+mirror" : "plain", "the only candidate", flipAverage ? 2 : 1,
                evidence.keptShare(), evidence.borderContact(), 1.0, evidence.softShare(),
                noSubject ? Optional.of(QualityReport.Doubt.NO_CLEAR_SUBJECT) : Optional.empty());
    }

    private GridPrediction predictGrid(RgbaImage photo, boolean flipAverage, StageClock clock) {
        ModelInput input = clock.time(Stage.RESIZE, () -> resizer.resize(photo));
        MatteModel chosen = flipAverage ? flipAveraged : model;
        return new GridPrediction(input, clock.time(Stage.INFER, () -> chosen.predict(input)));
    }

    private byte[] encode(Composite composite) {
        if (composite instanceof Composite.Grey grey) {
            return pngWriter.grey(grey.width(), grey.height(), grey.grey());
        }
        RgbaImage image = ((Composite.Colour) composite).image();
        return image.hasAlpha() ? pngWriter.rgba(image) : pngWriter.rgb(image);
    }
}
