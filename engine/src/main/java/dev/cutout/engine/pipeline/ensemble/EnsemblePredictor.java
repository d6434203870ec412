package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.image.RgbaImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs an ensemble's views through the model, each distinct view once and one after another (the
 * network already uses every core), and builds every candidate's matte on the photo grid.
 */
public final class EnsemblePredictor {

    /** The network as the ensemble calls it: one view of one photo; the input is drawn only if needed. */
    @FunctionalInterface
    public interface ViewModel {
        GridMatte predict(ModelView view, Supplier<ModelInput> input);
    }

    private final ViewRenderer renderer;

    public EnsemblePredictor(ViewRenderer renderer) {
        this.renderer = renderer;
    }

    public List<CandidateMatte> predict(RgbaImage photo, Ensemble ensemble, ViewModel model) {
        Map<ModelView, ViewMatte> runs = new LinkedHashMap<>();
        for (ModelView view : ensemble.views()) {
            GridMatte seen = model.predict(view, () -> renderer.render(photo, view));
            runs.put(view, new ViewMatte(view, new GridMatte(renderer.grid(), renderer.unmirrored(seen, view)),
                    renderer.toPhotoGrid(seen, view)));
        }
        List<CandidateMatte> candidates = new ArrayList<>();
        for (Candidate candidate : ensemble.candidates()) {
            List<ViewMatte> views = candidate.views().stream().map(runs::get).toList();
            candidates.add(new CandidateMatte(candidate, mean(views), views));
        }
        return candidates;
    }

    private GridMatte mean(List<ViewMatte> views) {
        if (views.size() == 1) {
            return views.get(0).onPhoto();
        }
        float[] sum = new float[renderer.grid() * renderer.grid()];
        for (ViewMatte view : views) {
            float[] a = view.onPhoto().alpha();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += a[i];
            }
        }
        float inv = 1f / views.size();
        for (int i = 0; i < sum.length; i++) {
            sum[i] *= inv;
        }
        return new GridMatte(renderer.grid(), sum);
    }
}
