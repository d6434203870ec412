package dev.cutout.gateway.batches;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one zip of {@code POST /api/v1/batches} may hold ({@code cutout-gateway.batches.*}, env
 * {@code CUTOUT_GATEWAY_BATCHES_*}); sizes are uncompressed and counted while inflating.
 */
@ConfigMapping(prefix = "cutout-gateway.batches")
public interface BatchLimits {

    /** Entries in one zip, directories included; one more refuses the whole zip (413). */
    @WithDefault("500")
    int maxEntries();

    /** 25 MB, as a single upload: a larger entry becomes a failed item (TOO_LARGE), the others still run. */
    @WithDefault("26214400")
    long maxEntryBytes();

    /** 1 GiB inflated over all entries; past it the whole zip is refused (413). */
    @WithDefault("1073741824")
    long maxTotalBytes();

    /** Inflated bytes per compressed byte of one entry; more is a zip bomb and refuses the whole zip (413). */
    @WithDefault("100")
    int maxRatio();
}
