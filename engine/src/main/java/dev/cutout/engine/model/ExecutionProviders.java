package dev.cutout.engine.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.lang.System.Logger.Level;
import java.util.Set;

/**
 * Puts the execution provider for a {@link ExecutionDevice} into ONNX Runtime's session options and
 * says which one is really in use: asking for the GPU where CUDA is missing warns and runs on the CPU.
 */
final class ExecutionProviders {

    private static final System.Logger LOG = System.getLogger(ExecutionProviders.class.getName());
    private static final int CUDA_DEVICE = 0;

    /** Adds CUDA to the options; throws when the native provider or its libraries cannot be loaded. */
    @FunctionalInterface
    interface CudaAdder {
        void addCuda(SessionOptions options, int device) throws OrtException;
    }

    private final Set<OrtProvider> available;
    private final CudaAdder cuda;

    ExecutionProviders(Set<OrtProvider> available, CudaAdder cuda) {
        this.available = available;
        this.cuda = cuda;
    }

    /** The providers of the ONNX Runtime build on the classpath ({@code onnxruntime} or {@code onnxruntime_gpu}). */
    static ExecutionProviders ofThisRuntime() {
        return new ExecutionProviders(OrtEnvironment.getAvailableProviders(), SessionOptions::addCUDA);
    }

    /** @return the provider that will run the network, for the start-up log line: {@code CPU} or {@code CUDA:0} */
    String configure(SessionOptions options, ExecutionDevice device) {
        if (device == ExecutionDevice.CPU) {
            return "CPU";
        }
        if (!available.contains(OrtProvider.CUDA)) {
            LOG.log(Level.WARNING, "cutout.device=gpu, but this ONNX Runtime has no CUDA provider (build the worker "
                    + "with -Pgpu): running on the CPU");
            return "CPU";
        }
        try {
            cuda.addCuda(options, CUDA_DEVICE);
            return "CUDA:" + CUDA_DEVICE;
        } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            LOG.log(Level.WARNING, "cutout.device=gpu, but CUDA could not be started (" + reason
                    + "; CUDA 12 and cuDNN 9 are needed): running on the CPU");
            return "CPU";
        }
    }
}
