package dev.cutout.gateway.rest;

import dev.cutout.contract.JobOptions;
import dev.cutout.contract.OutputFormat;
import dev.cutout.gateway.access.ApiKeys;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageFormat;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What this server accepts, for clients (the web page) to check before uploading. */
@Path("/api/v1/info")
@Tag(name = "info")
public class InfoResource {

    /**
     * Formats as media types, limits, models and how long results are kept; {@code output} is the default
     * result's media type, {@code outputs} every one a job may ask for with {@code format}; {@code apiKeyRequired}:
     * every other call needs {@code X-API-Key} (this one never does, so a client can find that out).
     */
    public record Info(List<String> formats, Limits limits, List<String> models, String output, List<String> outputs,
                       long retentionSeconds, long syncTimeoutSeconds, boolean apiKeyRequired) {
    }

    public record Limits(long maxBytes, double maxMegapixels) {
    }

    private final Info info;

    InfoResource(GatewayConfig config, ApiKeys keys) {
        this.info = new Info(
                ImageDecoder.supportedFormats().stream().map(ImageFormat::mediaType).toList(),
                new Limits(config.limits().maxBytes(), config.limits().maxMegapixels()),
                JobOptions.MODELS.stream().sorted().toList(),
                OutputFormat.PNG.mediaType(),
                Arrays.stream(OutputFormat.values()).map(OutputFormat::mediaType).toList(),
                config.retention().toSeconds(),
                config.syncTimeout().toSeconds(),
                keys.required());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server capabilities", description = "Readable formats (media types), upload limits, models, retention, whether an API key "
            + "is required. Always open, even when the other calls need a key.")
    public Info info() {
        return info;
    }
}
