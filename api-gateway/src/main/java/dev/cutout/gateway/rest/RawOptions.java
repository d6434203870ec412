package dev.cutout.gateway.rest;

import dev.cutout.contract.JobOption;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Job options as query parameters, for a raw image body. */
public class RawOptions {

    @RestQuery
    @Parameter(description = "small or medium; default: the worker's")
    public String model;

    @RestQuery
    @Parameter(description = "cutout (default), mask or background")
    public String output;

    @RestQuery
    @Parameter(description = "rrggbb or %23rrggbb, for output=background (default ffffff)")
    public String background;

    @RestQuery
    @Parameter(description = "true (default) or false")
    public String decontaminate;

    @RestQuery
    @Parameter(description = "Extra careful (up to 4 model runs): true or false (default)")
    public String quality;

    @RestQuery
    @Parameter(description = "Band matting for soft subjects (hair, fur): true or false (default)")
    public String matting;

    @RestQuery
    @Parameter(description = "subject: crop to the subject's bounding box; none (default)")
    public String crop;

    @RestQuery
    @Parameter(description = "Space around the subject with crop or canvas: percent of the subject's longer side (5%25) "
            + "or pixels (40px, 40); default 0")
    public String margin;

    @RestQuery
    @Parameter(description = "WxH, e.g. 2000x2000: fit the subject (with crop=subject) or the photo onto a canvas of "
            + "that size, transparent or on background; default none")
    public String canvas;

    @RestQuery
    @Parameter(description = "Where the subject sits on the canvas: center (default) or bottom (products that stand)")
    public String align;

    @RestQuery
    @Parameter(description = "png (default), webp (lossless, with alpha) or jpeg (opaque: a cut-out is flattened on "
            + "background, white by default)")
    public String format;

    @RestQuery("jpeg-quality")
    @Parameter(description = "1 to 100 (default 90), for format=jpeg")
    public String jpegQuality;

    @RestQuery("file-name")
    @Parameter(description = "The original file name, used to name the result (<name>_no_bg.png, .webp or .jpg)")
    public String fileName;

    /** The parameter of one option, by {@link JobOption#field()}; empty when absent. */
    public Optional<String> value(JobOption option) {
        return Optional.ofNullable(switch (option) {
            case MODEL -> model;
            case OUTPUT -> output;
            case BACKGROUND -> background;
            case DECONTAMINATE -> decontaminate;
            case QUALITY -> quality;
            case MATTING -> matting;
            case CROP -> crop;
            case MARGIN -> margin;
            case CANVAS -> canvas;
            case ALIGN -> align;
            case FORMAT -> format;
            case JPEG_QUALITY -> jpegQuality;
            case FILE_NAME -> fileName;
        });
    }
}
