package dev.cutout.image;

/**
 * Reads an image one row at a time as PNG raw scanline bytes (before filtering), for the three layouts we write.
 *
 * <p>Rows are produced on demand so that no byte copy of the whole image ever exists.
 */
final class PixelRows {

    /** The PNG colour types we write, all 8 bits per sample. */
    enum Layout {
        RGBA(6, 4), RGB(2, 3), GREY(0, 1);

        final int colourType;
        final int bytesPerPixel;

        Layout(int colourType, int bytesPerPixel) {
            this.colourType = colourType;
            this.bytesPerPixel = bytesPerPixel;
        }
    }

    private final Layout layout;
    private final int width;
    private final int height;
    private final int[] argb;
    private final byte[] grey;

    private PixelRows(Layout layout, int width, int height, int[] argb, byte[] grey) {
        this.layout = layout;
        this.width = width;
        this.height = height;
        this.argb = argb;
        this.grey = grey;
    }

    static PixelRows rgba(RgbaImage image) {
        return new PixelRows(Layout.RGBA, image.width(), image.height(), image.argb(), null);
    }

    static PixelRows rgb(RgbaImage image) {
        return new PixelRows(Layout.RGB, image.width(), image.height(), image.argb(), null);
    }

    static PixelRows grey(int width, int height, byte[] grey) {
        if (width <= 0 || height <= 0 || (long) width * height != grey.length) {
            throw new IllegalArgumentException("grey array does not match " + width + "x" + height);
        }
        return new PixelRows(Layout.GREY, width, height, null, grey);
    }

    Layout layout() {
        return layout;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int bytesPerPixel() {
        return layout.bytesPerPixel;
    }

    int rowBytes() {
        return width * layout.bytesPerPixel;
    }

    /** Writes row {@code y} into {@code row[0, rowBytes())}. */
    void read(int y, byte[] row) {
        switch (layout) {
            case RGBA -> readRgba(y, row);
            case RGB -> readRgb(y, row);
            case GREY -> System.arraycopy(grey, y * width, row, 0, width);
        }
    }

    private void readRgba(int y, byte[] row) {
        for (int x = 0, p = y * width, o = 0; x < width; x++, p++, o += 4) {
            int v = argb[p];
            row[o] = (byte) (v >>> 16);
            row[o + 1] = (byte) (v >>> 8);
            row[o + 2] = (byte) v;
            row[o + 3] = (byte) (v >>> 24);
        }
    }

    private void readRgb(int y, byte[] row) {
        for (int x = 0, p = y * width, o = 0; x < width; x++, p++, o += 3) {
            int v = argb[p];
            row[o] = (byte) (v >>> 16);
            row[o + 1] = (byte) (v >>> 8);
            row[o + 2] = (byte) v;
        }
    }
}
