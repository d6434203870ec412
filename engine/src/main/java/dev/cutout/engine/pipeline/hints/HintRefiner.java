package dev.cutout.engine.pipeline.hints;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.Refinement;
import dev.cutout.image.HintMask;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageException;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.ResultAlpha;
import dev.cutout.image.RgbaImage;
import java.util.Locale;

/**
 * The refine stage of a refine job: the earlier result's alpha (so the model does not run again), the
 * edge controls on it, then the keep/erase strokes solved along the photo's edges ({@link HintSolver}).
 * Strokes come last so they hold exactly, whatever the controls do around them; the web page's preview
 * applies them in the same order. Thread-safe.
 */
public final class HintRefiner {

    private final ImageDecoder decoder;
    private final ImageDecoder results;
    private final HintSolver solver;

    /** @param limits an upload's limits: the hint mask is one; the earlier result is ours and may be larger */
    public HintRefiner(ImageLimits limits, HintSolver solver) {
        this.decoder = new ImageDecoder(limits);
        this.results = new ImageDecoder(limits.withoutByteLimit());
        this.solver = solver;
    }

    /**
     * The new alpha of {@code photo}.
     *
     * @throws ImageException {@link ErrorCode#INVALID_HINTS} when the earlier result or the mask does not
     *                        belong to this photo
     */
    public byte[] apply(RgbaImage photo, Refinement refinement) {
        int w = photo.width();
        int h = photo.height();
        ResultAlpha previous = ResultAlpha.read(results, refinement.previous());
        if (previous.width() != w || previous.height() != h) {
            throw new ImageException(ErrorCode.INVALID_HINTS, String.format(Locale.ROOT,
                    "The earlier result is %dx%d but this photo is %dx%d: send the job's own photo",
                    previous.width(), previous.height(), w, h));
        }
        byte[] alpha = new EdgeControls(refinement.feather(), refinement.shift()).apply(previous.alpha(), w, h);
        if (refinement.hints().isEmpty()) {
            return alpha;
        }
        HintMask mask = HintMask.decode(decoder, refinement.hints().get(), w, h).scaledTo(w, h);
        return solver.apply(photo, alpha, mask);
    }
}
