package dev.cutout.image;

/** Reverses PNG scanline filtering (all five types) the way a decoder does, to check our encoder's output. */
final class PngUnfilter {

    private PngUnfilter() {
    }

    /** Raw rows from {@code rows} filtered scanlines of {@code 1 + rowBytes} bytes each. */
    static byte[] unfilter(byte[] filtered, int rows, int rowBytes, int bpp) {
        byte[] raw = new byte[rows * rowBytes];
        byte[] prev = new byte[rowBytes];
        for (int y = 0; y < rows; y++) {
            byte[] row = unfilterRow(filtered, y * (rowBytes + 1), prev, rowBytes, bpp);
            System.arraycopy(row, 0, raw, y * rowBytes, rowBytes);
            prev = row;
        }
        return raw;
    }

    static byte[] unfilterRow(byte[] filtered, int at, byte[] prev, int rowBytes, int bpp) {
        int type = filtered[at];
        byte[] row = new byte[rowBytes];
        for (int i = 0; i < rowBytes; i++) {
            int x = filtered[at + 1 + i] & 0xFF;
            int a = i >= bpp ? row[i - bpp] & 0xFF : 0;
            int b = prev[i] & 0xFF;
            int c = i >= bpp ? prev[i - bpp] & 0xFF : 0;
            int predicted = switch (type) {
                case 0 -> 0;
                case 1 -> a;
                case 2 -> b;
                case 3 -> (a + b) / 2;
                case 4 -> paeth(a, b, c);
                default -> throw new AssertionError("filter type " + type);
            };
            row[i] = (byte) (x + predicted);
        }
        return row;
    }

    /** Written as in the PNG specification, independently of the encoder's version. */
    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }
}
