package dev.cutout.engine.config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;

/** Reads {@link CutoutConfig} outside Quarkus (command line, benchmarks) from the same sources Quarkus uses. */
public final class CutoutConfigLoader {

    /** Above system properties (400) and environment variables (300): what the user typed wins. */
    private static final int COMMAND_LINE_ORDINAL = 500;

    private CutoutConfigLoader() {
    }

    public static CutoutConfig load() {
        return load(Map.of());
    }

    /** Like {@link #load()}, with {@code overrides} (e.g. {@code cutout.model=small} from a flag) taking precedence. */
    public static CutoutConfig load(Map<String, String> overrides) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(overrides, "command line", COMMAND_LINE_ORDINAL))
                .withMapping(CutoutConfig.class)
                .build();
        return config.getConfigMapping(CutoutConfig.class);
    }
}
