package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.model.GridMatte;
import java.util.List;

/** A candidate's matte on the photo grid (the mean of its views) and the views it came from. */
public record CandidateMatte(Candidate candidate, GridMatte matte, List<ViewMatte> views) {

    public CandidateMatte {
        views = List.copyOf(views);
    }
}
