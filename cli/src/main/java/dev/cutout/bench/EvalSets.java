package dev.cutout.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sets {@code ./cutout eval} scores: the public composites ({@code shared/eval}) and their tight
 * variant, the real photos with hand masks ({@code eval-real}, when built) and theirs, and the
 * generated product photos (circuit boards filling the frame on a thin white margin).
 */
final class EvalSets {

    /** Generated boards: (width, height, margin in % of the short side, seed). */
    private static final int[][] BOARDS = {
        {1600, 1200, 2, 7}, {1200, 1600, 1, 11}, {1500, 1500, 3, 23}, {2000, 1200, 2, 31}, {1400, 1050, 4, 43},
        {1050, 1400, 2, 59}};

    private EvalSets() {
    }

    static List<EvalSet> load(Path shared, Optional<Path> real) throws IOException {
        List<EvalSet> sets = new ArrayList<>();
        EvalSet composites = EvalSet.load("composites", "composites with exact alpha (shared/eval)", shared.resolve("eval"));
        sets.add(composites);
        sets.add(composites.tight());
        if (real.isPresent() && Files.isDirectory(real.get().resolve("images"))) {
            EvalSet photos = EvalSet.load("real", "real photos with hand-drawn binary masks (eval-real, DAVIS 2016)", real.get());
            sets.add(photos);
            sets.add(photos.tight());
        }
        sets.add(products());
        return sets;
    }

    /** Circuit boards that fill the frame: the case a plain run loses. */
    static EvalSet products() {
        List<EvalImage> boards = new ArrayList<>();
        for (int[] b : BOARDS) {
            int margin = Math.round(Math.min(b[0], b[1]) * b[2] / 100f);
            boards.add(CircuitBoardPhoto.of(String.format("board-%dx%d-m%d", b[0], b[1], b[2]), b[0], b[1], margin, b[3]));
        }
        return new EvalSet("product", "generated circuit boards filling the frame on a 1-4 % white margin", boards);
    }
}
