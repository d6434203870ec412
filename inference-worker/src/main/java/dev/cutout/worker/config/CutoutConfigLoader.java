package dev.cutout.worker.config;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Reads {@link CutoutConfig} outside Quarkus (command line, benchmarks) from the same sources Quarkus uses. */
public final class CutoutConfigLoader {

    private CutoutConfigLoader() {
    }

    public static CutoutConfig load() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .addDefaultInterceptors()
                .withMapping(CutoutConfig.class)
                .build();
        return config.getConfigMapping(CutoutConfig.class);
    }
}
