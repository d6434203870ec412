package dev.cutout.engine.pipeline.refine;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.image.RgbaImage;

/** Turns the model's square matte back into a full-resolution 8-bit alpha for the photo. */
public interface MatteUpsampler {

    /**
     * @param matte the network's matte on its grid
     * @param guide the model input the matte was predicted from (same grid)
     * @param photo the decoded photo at full resolution
     * @return alpha 0..255 per photo pixel, row-major, {@code width * height} bytes
     */
    byte[] upsample(GridMatte matte, ModelInput guide, RgbaImage photo);
}
