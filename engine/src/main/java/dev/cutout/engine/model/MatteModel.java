package dev.cutout.engine.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.translate.TranslateException;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Map;

/**
 * One described model ({@link ModelDescriptor}) loaded offline from its verified, output-only file, checked
 * against its descriptor, warmed up, and shared by concurrent callers through a small pool of predictors.
 */
public final class MatteModel implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MatteModel.class.getName());
    private static final String ENGINE = "OnnxRuntime";

    private final ModelDescriptor descriptor;
    private final SessionOptions sessionOptions;
    private final Model model;
    private final PredictorPool<ModelInput, GridMatte> pool;
    private final LoadTimings timings;
    private final String provider;

    private MatteModel(ModelDescriptor descriptor, String provider, SessionOptions sessionOptions, Model model,
            PredictorPool<ModelInput, GridMatte> pool, LoadTimings timings) {
        this.descriptor = descriptor;
        this.provider = provider;
        this.sessionOptions = sessionOptions;
        this.model = model;
        this.pool = pool;
        this.timings = timings;
    }

    /**
     * Verifies and prunes the model in {@code modelDir}, opens one ONNX Runtime session and, when asked,
     * runs one warm-up inference; throws {@link ModelUnavailableException} at once when the file is missing or wrong.
     * Shorthand for {@link #load(Path, ModelDescriptor, ExecutionDevice, int, int, boolean)} with the variant's descriptor.
     */
    public static MatteModel load(Path modelDir, ModelVariant variant, ExecutionDevice device, int intraOpThreads,
                                  int poolSize, boolean warmUp) {
        return load(modelDir, variant.descriptor(), device, intraOpThreads, poolSize, warmUp);
    }

    /**
     * Verifies the described file in {@code modelDir} (hash, then input name and shape and output name against
     * the graph), prunes it to its matte output, opens one ONNX Runtime session and, when asked, runs one warm-up
     * inference; throws {@link ModelUnavailableException} with one sentence when the file or descriptor is wrong.
     *
     * @param device where the network runs; a GPU that cannot be used is reported and replaced by the CPU
     * @param intraOpThreads threads ONNX Runtime may use inside one run
     * @param poolSize how many callers may run the network at the same time
     * @param warmUp whether to run the network once on a blank grid before returning
     */
    public static MatteModel load(Path modelDir, ModelDescriptor descriptor, ExecutionDevice device,
                                  int intraOpThreads, int poolSize, boolean warmUp) {
        if (intraOpThreads < 1 || poolSize < 1) {
            throw new IllegalArgumentException("intraOpThreads and poolSize must be at least 1");
        }
        OrtSettings.keepDjlOffline();
        long t0 = System.nanoTime();
        Path original = new ModelFiles(modelDir).verifiedOriginal(descriptor);
        long t1 = System.nanoTime();
        Path pruned = PrunedModelCache.outputOnly(original, descriptor);
        long t2 = System.nanoTime();
        SessionOptions options = OrtSettings.sessionOptions(intraOpThreads);
        String provider = ExecutionProviders.ofThisRuntime().configure(options, device);
        Model model = Model.newInstance(descriptor.name(), Device.cpu(), ENGINE);
        PredictorPool<ModelInput, GridMatte> pool = null;
        try {
            // Criteria passes Model.load only string options, so the SessionOptions object goes in directly.
            model.load(pruned, null, Map.of("sessionOptions", options));
            long t3 = System.nanoTime();
            pool = new PredictorPool<>(model, new MatteTranslator(descriptor), poolSize);
            // The first run pays for kernel selection and arena growth; a job should not.
            if (warmUp) {
                int grid = descriptor.grid();
                pool.predict(new ModelInput(grid, new float[3 * grid * grid]));
            }
            long t4 = System.nanoTime();
            LoadTimings timings = new LoadTimings(millis(t1 - t0), millis(t2 - t1), millis(t3 - t2), millis(t4 - t3));
            LOG.log(Level.INFO, "Model ''{0}'' ready on {1}: {2}", descriptor.name(), provider, timings);
            return new MatteModel(descriptor, provider, options, model, pool, timings);
        } catch (IOException | MalformedModelException | TranslateException | RuntimeException e) {
            closeAll(pool, model, options);
            throw new ModelUnavailableException("Model '" + descriptor.name() + "' could not be loaded from " + pruned
                    + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeAll(pool, model, options);
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("interrupted while loading model '" + descriptor.name() + "'", e);
        }
    }

    /** Runs the network on one grid; blocks while all predictors are busy. Safe to call from many threads. */
    public GridMatte predict(ModelInput input) {
        try {
            return pool.predict(input);
        } catch (TranslateException e) {
            throw new InferenceException("Model '" + descriptor.name() + "' failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InferenceException("interrupted while waiting for a free predictor", e);
        }
    }

    public ModelDescriptor descriptor() {
        return descriptor;
    }

    /** The side of the square grid this model runs on. */
    public int grid() {
        return descriptor.grid();
    }

    /** The execution provider running the network: {@code CPU} or {@code CUDA:0}. */
    public String executionProvider() {
        return provider;
    }

    /** How long each loading step took, for the start-up log line and benchmarks. */
    public LoadTimings timings() {
        return timings;
    }

    @Override
    public void close() {
        closeAll(pool, model, sessionOptions);
    }

    private static void closeAll(PredictorPool<?, ?> pool, Model model, SessionOptions options) {
        if (pool != null) {
            pool.close();
        }
        model.close();
        // DJL closes only the options it created itself; these are ours.
        options.close();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** Milliseconds spent verifying the original, preparing the pruned file, opening the session and warming up (0 when not asked). */
    public record LoadTimings(long verifyMillis, long pruneMillis, long sessionMillis, long warmUpMillis) {}
}
