package dev.cutout.gateway.rest;

import dev.cutout.contract.Refinement;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields of a refine, for the OpenAPI document only (parsed in memory by {@link RefineUpload}): the
 * photo again, the hint mask, the edge controls, and the options of a submit for the new result.
 */
@Schema(name = "RefineForm")
public class RefineForm extends UploadForm {

    @Schema(type = SchemaType.STRING, format = "binary", description = "The hint mask: an image of the photo's "
            + "aspect ratio (within 2 %), any size, scaled nearest-neighbour. Opaque green (R < 128, G >= 128, "
            + "A >= 128) = keep, opaque red (R >= 128, G < 128, A >= 128) = erase, anything else = no hint. "
            + "Strokes are hard constraints whose effect spreads along the photo's edges.")
    public byte[] hints;

    @Schema(description = "Softens the edge by this many px (0.." + Refinement.MAX_FEATHER + ")", defaultValue = "0",
            minimum = "0", maximum = "" + Refinement.MAX_FEATHER)
    public Integer feather;

    @Schema(description = "Moves the edge out (positive) or in (negative) by this many px (-" + Refinement.MAX_SHIFT
            + ".." + Refinement.MAX_SHIFT + ")", defaultValue = "0", minimum = "-" + Refinement.MAX_SHIFT,
            maximum = "" + Refinement.MAX_SHIFT)
    public Integer shift;
}
