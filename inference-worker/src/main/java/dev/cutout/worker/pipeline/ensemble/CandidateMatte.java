package dev.cutout.worker.pipeline.ensemble;

import dev.cutout.worker.model.GridMatte;

import java.util.List;

/** A candidate's matte on the photo grid (the mean of its views) and the views it came from. */
public record CandidateMatte(Candidate candidate, GridMatte matte, List<ViewMatte> views) {

    public CandidateMatte {
        views = List.copyOf(views);
    }
}
