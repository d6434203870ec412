package dev.cutout.engine.model;

/** Where ONNX Runtime runs the network ({@code cutout.device}): the CPU, or an NVIDIA GPU through CUDA. */
public enum ExecutionDevice {
    CPU,
    /** CUDA device 0; needs the {@code -Pgpu} build (onnxruntime_gpu), CUDA 12 and cuDNN 9, else the CPU runs it. */
    GPU;

    /**
     * The variant this device runs when {@code requested} is asked for. CUDA has no ConvInteger
     * kernel, so ONNX Runtime would place the quantised {@code small} model's convolutions on the
     * CPU with a copy in and out of the GPU around each: on a GPU, {@code medium} runs instead.
     */
    public ModelVariant variantFor(ModelVariant requested) {
        return this == GPU && requested == ModelVariant.SMALL ? ModelVariant.MEDIUM : requested;
    }

    /** {@link #variantFor} by catalogue name: any model other than {@code small} runs as asked. */
    public String modelFor(String requested) {
        return requested.equals(ModelVariant.SMALL.id()) ? variantFor(ModelVariant.SMALL).id() : requested;
    }
}
