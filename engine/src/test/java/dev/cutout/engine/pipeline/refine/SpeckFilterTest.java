package dev.cutout.engine.pipeline.refine;

import dev.cutout.engine.ModelFixtures;
import dev.cutout.engine.model.GridMatte;
import dev.cutout.image.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpeckFilterTest {

    private static final int N = 200; // 40 000 pixels: the default speck limit is 20 pixels

    /** A 60x60 subject, a 1-px hair line of 50 px off its right side with a soft fringe, a 3x3 speck far away. */
    private static float subject(int x, int y) {
        if (x >= 20 && x < 80 && y >= 20 && y < 80) {
            return 1f;
        }
        if (y == 50 && x >= 80 && x < 130) {
            return 0.8f; // hair, core
        }
        if ((y == 49 || y == 51) && x >= 80 && x < 130) {
            return 0.2f; // hair, soft fringe
        }
        if (x >= 170 && x < 173 && y >= 170 && y < 173) {
            return 0.9f; // speck
        }
        if (x >= 169 && x < 174 && y >= 169 && y < 174) {
            return 0.3f; // the speck's soft halo
        }
        return 0f;
    }

    @Test
    void removesASmallSpeckFarFromTheSubjectAndItsHalo() {
        GridMatte out = new SpeckFilter().apply(ModelFixtures.matte(N, SpeckFilterTest::subject));
        for (int y = 165; y < 178; y++) {
            for (int x = 165; x < 178; x++) {
                assertThat(out.alpha()[y * N + x]).isZero();
            }
        }
    }

    @Test
    void keepsAThinHairLineAndItsSoftFringeAttachedToTheSubject() {
        GridMatte in = ModelFixtures.matte(N, SpeckFilterTest::subject);
        GridMatte out = new SpeckFilter().apply(in);
        for (int y = 0; y < 165; y++) {
            for (int x = 0; x < N; x++) {
                assertThat(out.alpha()[y * N + x]).isEqualTo(in.alpha()[y * N + x]);
            }
        }
    }

    @Test
    void keepsSpecksLargerThanTheLimit() {
        GridMatte in = ModelFixtures.matte(N, (x, y) -> subject(x, y) > 0 || (x >= 150 && x < 160 && y >= 10 && y < 20) ? 1f : 0f);
        GridMatte out = new SpeckFilter().apply(in);
        assertThat(out.alpha()[15 * N + 155]).isEqualTo(1f);
    }

    @Test
    void removesNothingWhenSpeckRemovalIsOff() {
        GridMatte in = ModelFixtures.matte(N, SpeckFilterTest::subject);
        GridMatte out = new SpeckFilter(false, SpeckFilter.DEFAULT_MAX_SPECK_FRACTION, false, 0).apply(in);
        assertThat(out.alpha()).containsExactly(in.alpha());
    }

    @Test
    void leavesPinHolesByDefaultAndFillsThemWhenAsked() {
        GridMatte in = ModelFixtures.matte(N, (x, y) -> (x == 50 || x == 51) && (y == 50 || y == 51) ? 0f : subject(x, y));
        assertThat(new SpeckFilter().apply(in).alpha()[50 * N + 50]).isZero();

        GridMatte filled = new SpeckFilter(true, SpeckFilter.DEFAULT_MAX_SPECK_FRACTION, true, 4.0 / (N * N)).apply(in);
        assertThat(filled.alpha()[50 * N + 50]).isEqualTo(1f);
        assertThat(filled.alpha()[51 * N + 51]).isEqualTo(1f);
        assertThat(filled.alpha()[0]).isZero(); // the outside touches the border: never a hole
    }

    @Test
    void doesNotFillHolesLargerThanTheLimit() {
        GridMatte in = ModelFixtures.matte(N, (x, y) -> x >= 40 && x < 45 && y >= 40 && y < 45 ? 0f : subject(x, y));
        GridMatte filled = new SpeckFilter(true, SpeckFilter.DEFAULT_MAX_SPECK_FRACTION, true, 4.0 / (N * N)).apply(in);
        assertThat(filled.alpha()[42 * N + 42]).isZero();
    }
}
