package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateChooserTest {

    private static final int N = 64;
    private static final CandidateChooser CHOOSER =
            new CandidateChooser(ChooserSettings.DEFAULT, new ColourSeparation());

    /** A green board on white paper: the board is x, y in [4, 60). */
    private static ModelInput board() {
        float[] chw = new float[3 * N * N];
        for (int i = 0; i < N * N; i++) {
            boolean onBoard = inBoard(i);
            chw[i] = onBoard ? 22 : 246;
            chw[N * N + i] = onBoard ? 92 : 246;
            chw[2 * N * N + i] = onBoard ? 52 : 244;
        }
        return new ModelInput(N, chw);
    }

    private static boolean inBoard(int i) {
        int x = i % N;
        int y = i / N;
        return x >= 4 && x < 60 && y >= 4 && y < 60;
    }

    private static CandidateMatte candidate(String view, IntPredicate kept) {
        float[] a = new float[N * N];
        for (int i = 0; i < a.length; i++) {
            a[i] = kept.test(i) ? 1f : 0f;
        }
        GridMatte m = new GridMatte(N, a);
        ModelView v = ModelView.parse(view);
        return new CandidateMatte(new Candidate(List.of(v)), m, List.of(new ViewMatte(v, m, m)));
    }

    @Test
    void choosesTheZoomedOutBoardWhenThePlainRunLostMostOfIt() {
        CandidateMatte lost = candidate("plain", i -> inBoard(i) && i % N < 20);
        CandidateMatte whole = candidate("pad25-edge", CandidateChooserTest::inBoard);
        Choice choice = CHOOSER.choose(List.of(lost, whole), board());
        assertThat(choice.index()).isEqualTo(1);
        assertThat(choice.reason()).contains("pad25-edge").contains("separates its colours more cleanly");
        assertThat(choice.evidence().get(1).colourOverlap()).isLessThan(choice.evidence().get(0).colourOverlap());
        assertThat(choice.agreement()).isLessThan(0.5);
    }

    @Test
    void keepsThePlainRunWhenTheAlternativeTookTheWholeFrame() {
        CandidateMatte lost = candidate("plain", i -> inBoard(i) && i % N < 20);
        CandidateMatte frame = candidate("pad25-edge", i -> true);
        Choice choice = CHOOSER.choose(List.of(lost, frame), board());
        assertThat(choice.index()).isZero();
        assertThat(choice.evidence().get(1).refusal()).contains("took the whole frame");
    }

    @Test
    void keepsThePlainRunWhenBothAreTheSameCutOut() {
        CandidateMatte plain = candidate("plain", CandidateChooserTest::inBoard);
        CandidateMatte almost = candidate("pad25-edge", i -> inBoard(i) && i != 4 * N + 4);
        assertThat(CHOOSER.choose(List.of(plain, almost), board()).index()).isZero();
    }

    @Test
    void doesNotGrowASmallSubjectManyTimesOver() {
        // The plain run keeps a 6x6 patch (under 10 % of the grid); the alternative keeps the board.
        CandidateMatte small = candidate("plain", i -> i % N >= 10 && i % N < 16 && i / N >= 10 && i / N < 16);
        CandidateMatte grown = candidate("pad25-edge", CandidateChooserTest::inBoard);
        Choice choice = CHOOSER.choose(List.of(small, grown), board());
        assertThat(choice.index()).isZero();
        assertThat(choice.evidence().get(1).refusal()).contains("would grow a small subject by its surroundings");
    }

    @Test
    void aSmallCutInsideAHazeIsNoSmallSubject() {
        // The plain run keeps a 6x6 patch but is unsure (alpha 0.3) over the rest of the board: it lost the board.
        float[] a = new float[N * N];
        for (int i = 0; i < a.length; i++) {
            boolean patch = i % N >= 10 && i % N < 16 && i / N >= 10 && i / N < 16;
            a[i] = patch ? 1f : inBoard(i) ? 0.3f : 0f;
        }
        GridMatte haze = new GridMatte(N, a);
        ModelView plain = ModelView.parse("plain");
        CandidateMatte lost = new CandidateMatte(new Candidate(List.of(plain)), haze,
                List.of(new ViewMatte(plain, haze, haze)));
        CandidateMatte whole = candidate("pad25-edge", CandidateChooserTest::inBoard);
        Choice choice = CHOOSER.choose(List.of(lost, whole), board());
        assertThat(choice.evidence().get(1).refusal()).isEmpty();
        assertThat(choice.index()).isEqualTo(1);
    }

    @Test
    void withSeveralAlternativesOnlyACorroboratedOneMayReplaceThePlainRun() {
        CandidateMatte lost = candidate("plain", i -> inBoard(i) && i % N < 20);
        CandidateMatte whole = candidate("pad25-edge", CandidateChooserTest::inBoard);
        CandidateMatte other = candidate("pad15-edge", i -> inBoard(i) && i % N >= 40);
        CandidateMatte agreeing = candidate("pad25-edge-mirror", i -> inBoard(i) && i != 5 * N + 5);

        Choice alone = CHOOSER.choose(List.of(lost, whole, other), board());
        assertThat(alone.evidence().get(1).refusal()).contains("no other zoomed-out run agrees with it");
        assertThat(alone.index()).isZero();

        assertThat(CHOOSER.choose(List.of(lost, whole, other, agreeing), board()).index()).isEqualTo(1);
    }

    @Test
    void aSingleCandidateIsChosenWithoutColourWork() {
        Choice choice = CHOOSER.choose(List.of(candidate("plain", CandidateChooserTest::inBoard)), board());
        assertThat(choice.index()).isZero();
        assertThat(choice.agreement()).isEqualTo(1.0);
        assertThat(choice.chosenEvidence().colourOverlap()).isNaN();
    }
}
