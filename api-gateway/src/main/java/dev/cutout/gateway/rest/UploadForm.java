package dev.cutout.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields of a multipart upload, for the OpenAPI document only: the body is parsed in memory by
 * {@link MultipartBody} so that an uploaded image never reaches a temporary file.
 */
@Schema(name = "UploadForm")
public class UploadForm {

    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
            description = "The image (JPEG, PNG, WebP, GIF, BMP, TIFF, HEIC, AVIF)", required = true)
    public byte[] file;

    @Schema(description = "small or medium; default: the worker's", enumeration = {"small", "medium"})
    public String model;

    @Schema(description = "What to return", enumeration = {"cutout", "mask", "background"}, defaultValue = "cutout")
    public String output;

    @Schema(description = "#rrggbb, for output=background", defaultValue = "#ffffff")
    public String background;

    @Schema(description = "Estimate true colours at soft edges", defaultValue = "true")
    public String decontaminate;

    @Schema(description = "Extra careful: the larger ensemble, up to 4 model runs (about twice as slow); "
            + "recovers subjects that fill the frame", defaultValue = "false")
    public String quality;

    @Schema(description = "Band matting: solve alpha from the photo where the model is unsure (soft subjects "
            + "such as hair and fur; worse on hard-edged objects)", defaultValue = "false")
    public String matting;

    @Schema(description = "subject: crop to the subject's bounding box", enumeration = {"none", "subject"},
            defaultValue = "none")
    public String crop;

    @Schema(description = "Space around the subject with crop or canvas: percent of the subject's longer side (5%) or "
            + "pixels (40px, 40)", defaultValue = "0")
    public String margin;

    @Schema(description = "WxH, e.g. 2000x2000: fit the subject (with crop=subject) or the photo onto a canvas of that "
            + "size, transparent or on background; its pixels count against the pixel limit (413 TOO_MANY_PIXELS)")
    public String canvas;

    @Schema(description = "Where the subject sits on the canvas", enumeration = {"center", "bottom"},
            defaultValue = "center")
    public String align;

    @Schema(description = "The result's format: png, webp (lossless, with alpha) or jpeg (opaque: a cut-out is "
            + "flattened on background, white by default)", enumeration = {"png", "webp", "jpeg"}, defaultValue = "png")
    public String format;

    @Schema(name = "jpeg-quality", description = "1 to 100, for format=jpeg", defaultValue = "90")
    public String jpegQuality;
}
