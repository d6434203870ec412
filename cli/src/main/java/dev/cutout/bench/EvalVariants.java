package dev.cutout.bench;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.pipeline.AlphaEstimator;
import dev.cutout.engine.pipeline.CutoutPipeline;
import dev.cutout.engine.pipeline.ensemble.Ensemble;
import dev.cutout.engine.pipeline.ensemble.ModelView;
import dev.cutout.engine.pipeline.refine.BilinearUpsampler;
import dev.cutout.engine.pipeline.resize.ModelInputResizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The variants {@code ./cutout eval} compares, built around the shipped pipeline. */
final class EvalVariants {

    /** Ensembles measured for the cost/gain table besides the shipped ones. */
    static final List<String> TABLE_SPECS = List.of(
            "plain+mirror", "pad25-edge", "plain | mirror", "plain | pad10", "plain | pad15-edge",
            "plain+mirror | pad25-edge+pad25-edge-mirror", "plain | mirror | pad25-edge | pad25-edge-mirror");

    /** The table names of the shipped ensembles (their specs are printed in the legend). */
    static final String DEFAULT = "DEFAULT";
    static final String CAREFUL = "CAREFUL";

    private EvalVariants() {
    }

    /** The baseline first (every other variant is compared with it), then the rest. */
    static List<EvalVariant> of(CutoutPipeline pipeline, Optional<Path> peer, List<String> specs) {
        List<EvalVariant> variants = new ArrayList<>();
        variants.add(bilinear());
        peer.ifPresent(dir -> variants.add(peer("imgly 1.4.5", dir)));
        variants.add(ensemble("before (joint upsampling)", Ensemble.PLAIN, pipeline.estimator()));
        for (String spec : specs) {
            variants.add(ensemble(Ensemble.parse(spec).spec(), Ensemble.parse(spec), pipeline.estimator()));
        }
        CutoutPipeline.Ensembles shipped = pipeline.ensembles();
        variants.add(ensemble(DEFAULT, shipped.standard(), pipeline.estimator()));
        variants.add(ensemble(CAREFUL, shipped.careful(), pipeline.estimator()));
        return variants;
    }

    /** What rembg and imgly do: the plain run stretched back bilinearly, nothing else. */
    static EvalVariant bilinear() {
        BilinearUpsampler bilinear = new BilinearUpsampler();
        return new EvalVariant("bilinear (peers' way)", 1, true, (set, image, context) -> {
            ModelInputResizer resizer = new ModelInputResizer(context.grid());
            GridMatte matte = context.modelFor(image).predict(ModelView.PLAIN, () -> resizer.resize(image.photo()));
            return Optional.of(EvalVariant.Output.of(bilinear.upsample(matte, image.photo().width(), image.photo().height())));
        });
    }

    static EvalVariant ensemble(String name, Ensemble ensemble, AlphaEstimator estimator) {
        return new EvalVariant(name, ensemble.modelRuns(), true, (set, image, context) -> {
            AlphaEstimator.Estimate estimate = estimator.estimate(image.photo(), ensemble, context.modelFor(image));
            return Optional.of(new EvalVariant.Output(estimate.alpha(), Optional.of(estimate.report())));
        });
    }

    /** A peer's alpha PNGs in {@code dir/<set>/<name>.png} (see inference-worker/src/test/peer-imgly). */
    static EvalVariant peer(String name, Path dir) {
        return new EvalVariant(name, 1, false, (set, image, context) -> {
            Path png = dir.resolve(set).resolve(image.name() + ".png");
            if (!Files.isRegularFile(png)) {
                return Optional.empty();
            }
            try {
                return Optional.of(EvalVariant.Output.of(EvalSet.greyOf(png, image.photo())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
