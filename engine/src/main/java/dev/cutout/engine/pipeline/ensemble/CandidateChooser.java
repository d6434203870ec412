package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.model.ModelInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses one candidate matte — never an average of candidates — from evidence in the mattes and
 * the photo. The first candidate (the plain run) is the reference; an alternative replaces it only
 * when it does not take the whole frame, is a different cut-out (IoU below {@code sameAbove}), does
 * not grow a small subject the plain run found several times over (unless the plain run found only
 * a haze of soft alpha that the alternative resolves into a crisp cut-out), is corroborated by another alternative when there are several, and separates the photo's
 * colours clearly better: what it keeps and what it drops overlap less in colour
 * ({@link ColourSeparation}). A matte that lost part of its subject drops subject colours, one that
 * took background keeps background colours; both raise the overlap.
 */
public final class CandidateChooser {

    private final ChooserSettings settings;
    private final ColourSeparation separation;

    public CandidateChooser(ChooserSettings settings, ColourSeparation separation) {
        this.settings = settings;
        this.separation = separation;
    }

    public Choice choose(List<CandidateMatte> candidates, ModelInput guide) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        CandidateMatte reference = candidates.get(0);
        int[] bins = candidates.size() > 1 ? separation.binsOf(guide) : null;
        List<CandidateEvidence> evidence = new ArrayList<>();
        for (CandidateMatte candidate : candidates) {
            MatteEvidence matte = MatteEvidence.of(candidate.matte());
            double overlap = bins == null ? Double.NaN : separation.overlap(bins, candidate.matte());
            double iou = candidate == reference ? 1.0 : MatteEvidence.agreement(reference.matte(), candidate.matte());
            evidence.add(new CandidateEvidence(matte, overlap, iou,
                    candidate == reference ? Optional.empty() : refusal(matte, iou, evidence.get(0).matte())));
        }
        if (candidates.size() > 2) {
            corroborate(candidates, evidence);
        }
        int best = 0;
        for (int i = 1; i < candidates.size(); i++) {
            CandidateEvidence e = evidence.get(i);
            if (e.refusal().isEmpty()
                    && e.colourOverlap() <= evidence.get(best).colourOverlap() - settings.separationMargin()) {
                best = i;
            }
        }
        return new Choice(candidates.get(best), best, reason(candidates, evidence, best), evidence, agreement(candidates));
    }

    private Optional<String> refusal(MatteEvidence matte, double iouWithReference, MatteEvidence reference) {
        if (matte.keptShare() >= settings.wholeFrameKept() || matte.borderContact() >= settings.wholeFrameBorder()) {
            return Optional.of("took the whole frame");
        }
        if (iouWithReference >= settings.sameAbove()) {
            return Optional.of("the same cut-out as the plain run");
        }
        double kept = reference.keptShare();
        boolean hazeResolved = reference.softShare() > settings.hazeRatio() * kept
                && matte.softShare() <= settings.crispRatio() * matte.keptShare();
        boolean smallSubject = kept >= settings.nothingBelow() && kept < settings.smallBelow() && !hazeResolved;
        if (smallSubject && matte.keptShare() > settings.growthLimit() * kept) {
            return Optional.of("would grow a small subject by its surroundings");
        }
        return Optional.empty();
    }

    /** With several alternatives, one that no other alternative agrees with is refused. */
    private void corroborate(List<CandidateMatte> candidates, List<CandidateEvidence> evidence) {
        for (int i = 1; i < candidates.size(); i++) {
            CandidateEvidence e = evidence.get(i);
            if (e.refusal().isPresent()) {
                continue;
            }
            boolean agreed = false;
            for (int j = 1; j < candidates.size() && !agreed; j++) {
                agreed = j != i && MatteEvidence.agreement(candidates.get(i).matte(), candidates.get(j).matte())
                        >= settings.corroboration();
            }
            if (!agreed) {
                evidence.set(i, new CandidateEvidence(e.matte(), e.colourOverlap(), e.iouWithReference(),
                        Optional.of("no other zoomed-out run agrees with it")));
            }
        }
    }

    private static String reason(List<CandidateMatte> candidates, List<CandidateEvidence> evidence, int best) {
        if (candidates.size() == 1) {
            return "the only candidate";
        }
        CandidateEvidence ref = evidence.get(0);
        if (best == 0) {
            return "no other candidate cut the photo's colours more cleanly"
                    + evidence.stream().skip(1).flatMap(e -> e.refusal().stream()).findFirst().map(r -> " (" + r + ")").orElse("");
        }
        CandidateEvidence chosen = evidence.get(best);
        return String.format(Locale.ROOT, "%s keeps %.0f %% of the photo (plain run %.0f %%) and separates its colours more cleanly (overlap %.2f vs %.2f)",
                candidates.get(best).candidate().name(), 100 * chosen.matte().keptShare(), 100 * ref.matte().keptShare(),
                chosen.colourOverlap(), ref.colourOverlap());
    }

    private static double agreement(List<CandidateMatte> candidates) {
        List<ViewMatte> views = new ArrayList<>();
        for (CandidateMatte c : candidates) {
            for (ViewMatte v : c.views()) {
                if (views.stream().noneMatch(seen -> seen.view().equals(v.view()))) {
                    views.add(v);
                }
            }
        }
        double lowest = 1.0;
        for (int i = 0; i < views.size(); i++) {
            for (int j = i + 1; j < views.size(); j++) {
                lowest = Math.min(lowest, MatteEvidence.agreement(views.get(i).onPhoto(), views.get(j).onPhoto()));
            }
        }
        return lowest;
    }
}
