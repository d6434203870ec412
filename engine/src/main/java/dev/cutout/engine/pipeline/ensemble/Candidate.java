package dev.cutout.engine.pipeline.ensemble;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One candidate matte of an ensemble: the views whose mattes, brought back to the photo grid, are
 * averaged into it (merge rule "mean"). Different candidates are never averaged with each other:
 * one of them is chosen.
 */
public record Candidate(List<ModelView> views) {

    public Candidate {
        if (views == null || views.isEmpty()) {
            throw new IllegalArgumentException("a candidate needs at least one view");
        }
        views = List.copyOf(views);
    }

    /** The spec form, e.g. {@code plain+mirror}. */
    public String name() {
        return views.stream().map(ModelView::label).collect(Collectors.joining("+"));
    }
}
