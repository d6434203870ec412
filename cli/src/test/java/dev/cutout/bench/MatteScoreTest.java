package dev.cutout.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MatteScoreTest {

    @Test
    void perfectPredictionScoresZeroErrorAndFullOverlap() {
        byte[] truth = halfPlane(20, 10);
        MatteScore score = MatteScore.of(truth.clone(), truth, 20, 10);

        assertThat(score.mae()).isZero();
        assertThat(score.iou()).isEqualTo(1.0);
        assertThat(score.bandMae()).isZero();
    }

    @Test
    void invertedPredictionScoresFullErrorAndNoOverlap() {
        byte[] truth = halfPlane(20, 10);
        byte[] inverted = new byte[truth.length];
        for (int i = 0; i < truth.length; i++) {
            inverted[i] = (byte) (255 - (truth[i] & 0xFF));
        }
        MatteScore score = MatteScore.of(inverted, truth, 20, 10);

        assertThat(score.mae()).isCloseTo(1.0, within(1e-9));
        assertThat(score.iou()).isZero();
        assertThat(score.bandMae()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void bandCoversFivePixelsEachSideOfTheEdgeAndNothingFarther() {
        byte[] truth = halfPlane(40, 3); // foreground is x >= 20
        boolean[] band = MatteScore.boundaryBand(truth, 40, 3);

        assertThat(band[14]).isFalse();
        assertThat(band[15]).isTrue();
        assertThat(band[25]).isTrue();
        assertThat(band[26]).isFalse();
    }

    @Test
    void errorOutsideTheBandDoesNotCountAsBoundaryError() {
        byte[] truth = halfPlane(40, 3);
        byte[] predicted = truth.clone();
        predicted[0] = (byte) 255; // far from the edge
        MatteScore score = MatteScore.of(predicted, truth, 40, 3);

        assertThat(score.mae()).isGreaterThan(0);
        assertThat(score.bandMae()).isZero();
    }

    @Test
    void keepingLessThanHalfTheSubjectIsAGrossFailureEvenWithSomeOverlap() {
        byte[] truth = halfPlane(40, 3); // 20 columns of subject
        byte[] predicted = new byte[truth.length];
        for (int y = 0; y < 3; y++) {
            for (int x = 20; x < 29; x++) { // 9 of the 20 columns kept
                predicted[y * 40 + x] = (byte) 255;
            }
        }
        MatteScore score = MatteScore.of(predicted, truth, 40, 3);

        assertThat(score.kept()).isCloseTo(0.45, within(1e-9));
        assertThat(score.gross()).isTrue();
        assertThat(MatteScore.of(truth.clone(), truth, 40, 3).gross()).isFalse();
    }

    private static byte[] halfPlane(int width, int height) {
        byte[] alpha = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = width / 2; x < width; x++) {
                alpha[y * width + x] = (byte) 255;
            }
        }
        return alpha;
    }
}
