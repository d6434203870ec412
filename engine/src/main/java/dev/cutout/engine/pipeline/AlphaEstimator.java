package dev.cutout.engine.pipeline;

import dev.cutout.contract.QualityReport;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.engine.pipeline.ensemble.CandidateChooser;
import dev.cutout.engine.pipeline.ensemble.CandidateMatte;
import dev.cutout.engine.pipeline.ensemble.Choice;
import dev.cutout.engine.pipeline.ensemble.Ensemble;
import dev.cutout.engine.pipeline.ensemble.EnsemblePredictor;
import dev.cutout.engine.pipeline.ensemble.MatteModel;
import dev.cutout.engine.pipeline.ensemble.ModelView;
import dev.cutout.engine.pipeline.ensemble.QualityAssessor;
import dev.cutout.engine.pipeline.matting.BandMatting;
import dev.cutout.engine.pipeline.refine.MatteUpsampler;
import dev.cutout.engine.pipeline.refine.SpeckFilter;
import dev.cutout.engine.pipeline.resize.ModelInputResizer;
import dev.cutout.image.RgbaImage;
import java.util.List;

/**
 * From the decoded photo to its full-resolution alpha: resize for the model, run the ensemble's
 * views, choose one candidate, refine it (speck removal, joint upsampling, and the band-matting solve
 * when a job asks for it). The pipeline times these
 * as its RESIZE, INFER and REFINE stages; the quality benchmark calls the same code with cached
 * model runs, so what it scores is what ships.
 */
public final class AlphaEstimator {

    private final ModelInputResizer resizer;
    private final EnsemblePredictor predictor;
    private final CandidateChooser chooser;
    private final SpeckFilter speckFilter;
    private final MatteUpsampler upsampler;
    private final QualityAssessor assessor;
    private final BandMatting bandMatting;

    public AlphaEstimator(ModelInputResizer resizer, EnsemblePredictor predictor, CandidateChooser chooser,
                          SpeckFilter speckFilter, MatteUpsampler upsampler, QualityAssessor assessor,
                          BandMatting bandMatting) {
        this.resizer = resizer;
        this.predictor = predictor;
        this.chooser = chooser;
        this.speckFilter = speckFilter;
        this.upsampler = upsampler;
        this.assessor = assessor;
        this.bandMatting = bandMatting;
    }

    /** The alpha of the photo, one byte per pixel, with the choice behind it and its quality report. */
    public record Estimate(byte[] alpha, Choice choice, QualityReport report) {
    }

    /** Untimed, with any model (the benchmarks pass a cached one). */
    public Estimate estimate(RgbaImage photo, Ensemble ensemble, MatteModel model) {
        return estimate(photo, ensemble, (view, input) -> model.predict(input.get()), false, new StageClock(stage -> { }));
    }

    /** Untimed, with a model that knows which view it runs (for a cache keyed by view). */
    public Estimate estimate(RgbaImage photo, Ensemble ensemble, EnsemblePredictor.ViewModel model) {
        return estimate(photo, ensemble, model, false, new StageClock(stage -> { }));
    }

    Estimate estimate(RgbaImage photo, Ensemble ensemble, EnsemblePredictor.ViewModel model, boolean matting,
                      StageClock clock) {
        ModelInput guide = clock.time(Stage.RESIZE, () -> resizer.resize(photo));
        // The plain view's input is the guide itself: drawn once.
        EnsemblePredictor.ViewModel reusingGuide = (view, input) ->
                model.predict(view, view.equals(ModelView.PLAIN) ? () -> guide : input);
        List<CandidateMatte> candidates = clock.time(Stage.INFER, () -> predictor.predict(photo, ensemble, reusingGuide));
        return clock.time(Stage.REFINE, () -> {
            Choice choice = chooser.choose(candidates, guide);
            byte[] upsampled = upsampler.upsample(speckFilter.apply(choice.chosen().matte()), guide, photo);
            byte[] alpha = matting ? bandMatting.refine(photo, upsampled) : upsampled;
            return new Estimate(alpha, choice, assessor.assess(choice, ensemble.modelRuns()));
        });
    }
}
