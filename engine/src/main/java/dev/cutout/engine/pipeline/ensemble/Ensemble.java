package dev.cutout.engine.pipeline.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A test-time ensemble: candidates separated by {@code |} (one is chosen), each the mean of views
 * joined by {@code +}, e.g. {@code plain+mirror | pad10+pad10-mirror}. The first candidate is the
 * reference the others are judged against. A view that appears in several candidates runs once.
 */
public record Ensemble(List<Candidate> candidates) {

    public Ensemble {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one candidate");
        }
        candidates = List.copyOf(candidates);
    }

    /** The plain run alone, as the peers do. */
    public static final Ensemble PLAIN = new Ensemble(List.of(new Candidate(List.of(ModelView.PLAIN))));

    /**
     * Reads a spec such as {@code plain+mirror | pad10}.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static Ensemble parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("an ensemble spec is required, e.g. 'plain | pad10'");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String candidate : spec.split("\\|", -1)) {
            List<ModelView> views = new ArrayList<>();
            for (String view : candidate.split("\\+", -1)) {
                if (view.isBlank()) {
                    throw new IllegalArgumentException("empty view in ensemble '" + spec + "'");
                }
                views.add(ModelView.parse(view));
            }
            candidates.add(new Candidate(views));
        }
        return new Ensemble(candidates);
    }

    /** Every distinct view, in first-use order: what the model runs. */
    public List<ModelView> views() {
        Set<ModelView> views = new LinkedHashSet<>();
        candidates.forEach(c -> views.addAll(c.views()));
        return List.copyOf(views);
    }

    /** How many times the network runs for one photo. */
    public int modelRuns() {
        return views().size();
    }

    /** The spec form, normalised. */
    public String spec() {
        return candidates.stream().map(Candidate::name).collect(Collectors.joining(" | "));
    }
}
