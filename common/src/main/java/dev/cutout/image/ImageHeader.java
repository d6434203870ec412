package dev.cutout.image;

/** What the header of an image says, read without decoding pixels. Dimensions are as stored (before EXIF orientation). */
public record ImageHeader(ImageFormat format, int width, int height) {

    public long pixelCount() {
        return (long) width * height;
    }
}
