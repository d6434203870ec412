package dev.cutout.engine.config;

import dev.cutout.engine.model.ExecutionDevice;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every setting of the cut-out pipeline, read from system properties, environment variables
 * ({@code CUTOUT_MODEL=small}) or configuration files; the README's configuration table lists them.
 */
@ConfigMapping(prefix = "cutout")
public interface CutoutConfig {

    /**
     * Which model to run: any name in the model catalogue whose file is here ({@code ./cutout models}), e.g.
     * {@code medium} (ISNet fp16, better edges), {@code small} (ISNet uint8, faster) or {@code u2netp}.
     */
    @WithDefault("medium")
    String model();

    /**
     * Where the network runs: {@code cpu}, or {@code gpu} (CUDA; needs the {@code -Pgpu} build, falls
     * back to the CPU with a warning, and runs {@code medium} even when {@code small} is asked for).
     */
    @WithDefault("cpu")
    ExecutionDevice device();

    /** Folder with the verified model files; default {@code ~/.cache/cutout/models}. */
    Optional<Path> modelDir();

    Inference inference();

    Limits limits();

    Refine refine();

    Ensemble ensemble();

    /** Model execution. */
    interface Inference {
        /** ONNX Runtime intra-op threads per run; 0 = one per core. */
        @WithDefault("0")
        int threads();

        /** Predictors kept ready, i.e. how many images may run through the model at once. */
        @WithDefault("1")
        int predictors();

        /**
         * One inference on a blank grid at start, so the first job does not pay for kernel selection and
         * arena growth. A service wants it (readiness means ready); a one-shot command does not: its first
         * photo pays that cost once either way, so warming up only adds a run.
         */
        @WithName("warm-up")
        @WithDefault("true")
        boolean warmUp();

        /**
         * Photos one process works on at once (the command line's folders, the embedded mode's jobs). With
         * one predictor, the second photo's decode, resize, refine, compose and encode run while the first
         * one holds the model, so a stream runs at the model's pace; more than predictors + 1 only queues.
         */
        @WithName("jobs-in-flight")
        @WithDefault("2")
        int jobsInFlight();
    }

    /** Input limits checked before any pixel is decoded. */
    interface Limits {
        @WithName("max-bytes")
        @WithDefault("26214400")
        long maxBytes();

        @WithName("max-megapixels")
        @WithDefault("50")
        double maxMegapixels();
    }

    /**
     * Test-time ensembles: candidates separated by {@code |} (one is chosen), each the mean of views
     * joined by {@code +}; views are {@code plain}, {@code mirror}, {@code pad<percent>[-edge][-mirror]}.
     */
    interface Ensemble {
        /** What every job runs (at most two model runs). */
        @WithDefault("plain | pad25-edge")
        String standard();

        /** What "Extra careful" jobs run (at most four model runs). */
        @WithDefault("plain | pad25-edge | pad25-edge-mirror | pad15-edge")
        String careful();
    }

    /** Matte refinement. */
    interface Refine {
        /** Connected specks smaller than this fraction of the model grid are removed (0 = off). */
        @WithDefault("0.0005")
        double speckFraction();

        /** Enclosed holes up to this fraction of the model grid are filled (0 = off). */
        @WithDefault("0")
        double holeFraction();

        /** The band-matting solve, run only for jobs that ask for it. */
        Matting matting();
    }

    /** Closed-form matting in the model's uncertain band (README, "Band matting"). */
    interface Matting {
        /** Pixels by which the sure foreground (alpha ≥ 0.98) and background (≤ 0.02) are eroded. */
        @WithDefault("1")
        int erosion();

        /** Weight of the model's alpha as a prior on the unknown pixels. */
        @WithDefault("0.01")
        double lambda();

        /** Regulariser of the 3x3 window fit, in 0..1 colour units. */
        @WithDefault("0.000001")
        double epsilon();

        /** Longer photos are solved on a grid reduced to this long side. */
        @WithName("max-solve-side")
        @WithDefault("1536")
        int maxSolveSide();

        /** Conjugate-gradient iterations at most. */
        @WithName("max-iterations")
        @WithDefault("400")
        int maxIterations();

        /** Relative residual at which the conjugate gradient stops. */
        @WithDefault("0.0001")
        double tolerance();
    }
}
