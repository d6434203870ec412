package dev.cutout.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart form of an upload: the image and optional job options. */
public class UploadForm {

    @RestForm("file")
    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
            description = "The image (JPEG, PNG, WebP, GIF, BMP, TIFF, HEIC, AVIF)")
    public FileUpload file;

    @RestForm
    @Schema(description = "small or medium; default: the worker's", enumeration = {"small", "medium"})
    public String model;

    @RestForm
    @Schema(description = "What to return", enumeration = {"cutout", "mask", "background"}, defaultValue = "cutout")
    public String output;

    @RestForm
    @Schema(description = "#rrggbb, for output=background", defaultValue = "#ffffff")
    public String background;

    @RestForm
    @Schema(description = "Estimate true colours at soft edges", defaultValue = "true")
    public String decontaminate;

    @RestForm
    @Schema(description = "Flip averaging: about twice as slow, better hair", defaultValue = "false")
    public String quality;
}
