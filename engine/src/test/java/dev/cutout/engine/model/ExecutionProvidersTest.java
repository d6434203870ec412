package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionProvidersTest {

    private final List<Integer> cudaDevicesAdded = new ArrayList<>();

    @Test
    void theCpuNeverTouchesCuda() {
        ExecutionProviders providers = new ExecutionProviders(EnumSet.of(OrtProvider.CPU, OrtProvider.CUDA), recording());

        assertThat(configure(providers, ExecutionDevice.CPU)).isEqualTo("CPU");
        assertThat(cudaDevicesAdded).isEmpty();
    }

    @Test
    void aGpuRunsOnCudaDeviceZeroWhenTheRuntimeHasIt() {
        ExecutionProviders providers = new ExecutionProviders(EnumSet.of(OrtProvider.CPU, OrtProvider.CUDA), recording());

        assertThat(configure(providers, ExecutionDevice.GPU)).isEqualTo("CUDA:0");
        assertThat(cudaDevicesAdded).containsExactly(0);
    }

    @Test
    void aGpuFallsBackToTheCpuWhenTheRuntimeIsTheCpuBuild() {
        ExecutionProviders providers = new ExecutionProviders(EnumSet.of(OrtProvider.CPU), recording());

        assertThat(configure(providers, ExecutionDevice.GPU)).isEqualTo("CPU");
        assertThat(cudaDevicesAdded).isEmpty();
    }

    @Test
    void aGpuFallsBackToTheCpuWhenCudaLibrariesAreMissing() {
        ExecutionProviders providers = new ExecutionProviders(EnumSet.of(OrtProvider.CPU, OrtProvider.CUDA),
                (options, device) -> {
                    throw new OrtException("libcudnn.so.9: cannot open shared object file");
                });

        assertThat(configure(providers, ExecutionDevice.GPU)).isEqualTo("CPU");
    }

    @Test
    void thisMachinesRuntimeIsTheCpuBuildSoAGpuRequestRunsOnTheCpu() {
        assertThat(configure(ExecutionProviders.ofThisRuntime(), ExecutionDevice.GPU)).isEqualTo("CPU");
    }

    @Test
    void aGpuRunsMediumWhenSmallIsAskedForAndTheCpuRunsWhatIsAsked() {
        assertThat(ExecutionDevice.GPU.variantFor(ModelVariant.SMALL)).isEqualTo(ModelVariant.MEDIUM);
        assertThat(ExecutionDevice.GPU.variantFor(ModelVariant.MEDIUM)).isEqualTo(ModelVariant.MEDIUM);
        assertThat(ExecutionDevice.CPU.variantFor(ModelVariant.SMALL)).isEqualTo(ModelVariant.SMALL);
        assertThat(ExecutionDevice.GPU.modelFor("small")).isEqualTo("medium");
        assertThat(ExecutionDevice.GPU.modelFor("u2netp")).isEqualTo("u2netp");
        assertThat(ExecutionDevice.CPU.modelFor("small")).isEqualTo("small");
    }

    private ExecutionProviders.CudaAdder recording() {
        return (options, device) -> cudaDevicesAdded.add(device);
    }

    private static String configure(ExecutionProviders providers, ExecutionDevice device) {
        try (SessionOptions options = new SessionOptions()) {
            return providers.configure(options, device);
        }
    }
}
