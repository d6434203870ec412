package dev.cutout.image.hostile;

import static dev.cutout.contract.ErrorCode.CORRUPT_IMAGE;
import static dev.cutout.contract.ErrorCode.TOO_MANY_PIXELS;
import static dev.cutout.contract.ErrorCode.UNSUPPORTED_FORMAT;

import dev.cutout.image.TestImages;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;

/** JPEGs: valid oddities, cuts, flips, lying frame headers, hostile EXIF and ICC segments. */
final class JpegEntries {

    private static final String FLIP = "a flipped bit in entropy-coded data decodes to wrong pixels; one in a table is refused";
    private static final String ICC = "a profile Cutout cannot use may be ignored (colours as sRGB) or refused; never a crash";
    private static final int SOF0 = 0xC0;

    private JpegEntries() {
    }

    static List<HostileFile> all() {
        byte[] jpeg = TestImages.jpeg(Samples.photo(), false);
        byte[] progressive = TestImages.jpeg(Samples.photo(), true);
        List<HostileFile> files = new ArrayList<>();
        files.add(new HostileFile("jpeg-baseline.jpg", "JPEG, baseline 64x48", jpeg, Expected.accept()));
        files.add(new HostileFile("jpeg-named.png", "JPEG named .png (type by content)", jpeg, Expected.accept()));
        files.add(new HostileFile("jpeg-progressive.jpg", "JPEG, progressive", progressive, Expected.accept()));
        files.add(new HostileFile("jpeg-grey.jpg", "JPEG, greyscale",
                TestImages.jpeg(Samples.photo(64, 48, BufferedImage.TYPE_BYTE_GRAY), false), Expected.accept()));
        files.add(new HostileFile("jpeg-cmyk.jpg", "JPEG, CMYK (4 channels)", cmyk(48, 32), Expected.accept()));
        files.add(new HostileFile("jpeg-1x1.jpg", "JPEG, 1x1",
                TestImages.jpeg(Samples.photo(1, 1, BufferedImage.TYPE_INT_RGB), false), Expected.accept()));
        files.add(new HostileFile("jpeg-20000x1.jpg", "JPEG, 20000x1",
                TestImages.jpeg(Samples.photo(20_000, 1, BufferedImage.TYPE_INT_RGB), false), Expected.accept()));
        files.add(new HostileFile("jpeg-truncated-half.jpg", "JPEG cut in half", Mutations.truncate(jpeg, jpeg.length / 2),
                Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("jpeg-truncated-header.jpg", "JPEG cut inside its tables", Mutations.truncate(jpeg, 120),
                Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("jpeg-progressive-truncated.jpg", "progressive JPEG cut in half",
                Mutations.truncate(progressive, progressive.length / 2), Expected.refuse(CORRUPT_IMAGE)));
        for (int seed = 1; seed <= 3; seed++) {
            files.add(new HostileFile("jpeg-bitflip-" + seed + ".jpg", "JPEG with 8 flipped bits",
                    Mutations.flipBits(jpeg, 4, 8, seed), Expected.either(FLIP, CORRUPT_IMAGE)));
        }
        int sof = sofOffset(jpeg);
        files.add(new HostileFile("jpeg-sof-65535x65535.jpg", "JPEG frame header claiming 65535x65535 (4.3 GP)",
                Mutations.putU16be(Mutations.putU16be(jpeg, sof + 5, 0xFFFF), sof + 7, 0xFFFF), Expected.refuse(TOO_MANY_PIXELS)));
        files.add(new HostileFile("jpeg-sof-zero-height.jpg", "JPEG frame header with height 0 (DNL, never sent)",
                Mutations.putU16be(jpeg, sof + 5, 0), Expected.refuse(CORRUPT_IMAGE)));
        files.add(exif("jpeg-exif-bad-offset.jpg", "JPEG, EXIF IFD0 offset past the end", jpeg, HostileMetadata.exifBadOffset()));
        files.add(exif("jpeg-exif-ifd-loop.jpg", "JPEG, EXIF IFDs pointing to themselves", jpeg, HostileMetadata.exifIfdLoop()));
        files.add(exif("jpeg-exif-absurd-count.jpg", "JPEG, EXIF with 65535 entries, 2^31-1 count", jpeg,
                HostileMetadata.exifAbsurdCounts()));
        files.add(exif("jpeg-exif-truncated.jpg", "JPEG, EXIF cut after the header", jpeg, HostileMetadata.exifTruncated()));
        files.add(new HostileFile("jpeg-icc-broken.jpg", "JPEG, ICC profile of noise",
                HostileMetadata.jpegWithIcc(jpeg, HostileMetadata.iccBroken(), 60_000), Expected.either(ICC, CORRUPT_IMAGE)));
        files.add(new HostileFile("jpeg-icc-claims-2gb.jpg", "JPEG, 3 KB ICC profile claiming 2 GB",
                HostileMetadata.jpegWithIcc(jpeg, HostileMetadata.iccSizeLie(0x7FFF_FFFFL), 60_000), Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("jpeg-icc-claims-1gb.jpg", "JPEG, 3 KB ICC profile claiming 1 GB",
                HostileMetadata.jpegWithIcc(jpeg, HostileMetadata.iccSizeLie(1L << 30), 60_000), Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("jpeg-icc-huge.jpg", "JPEG, 180 KB ICC profile in 3 segments",
                HostileMetadata.jpegWithIcc(jpeg, HostileMetadata.iccHuge(180_000), 60_000), Expected.either(ICC, CORRUPT_IMAGE)));
        files.add(new HostileFile("jpeg-icc-bad-sequence.jpg", "JPEG, ICC segment 3 of 2",
                HostileMetadata.jpegWithIccSequence(jpeg, HostileMetadata.srgbProfile(), 3, 2), Expected.either(ICC, CORRUPT_IMAGE)));
        byte[] noSoi = jpeg.clone();
        noSoi[0] = 0;
        files.add(new HostileFile("jpeg-wrong-magic.jpg", "JPEG whose first byte is 00", noSoi, Expected.refuse(UNSUPPORTED_FORMAT)));
        files.add(new HostileFile("jpeg-only-soi.jpg", "JPEG magic and nothing else",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, Expected.refuse(CORRUPT_IMAGE)));
        return files;
    }

    private static HostileFile exif(String name, String kind, byte[] jpeg, byte[] tiff) {
        // Broken EXIF costs the orientation only, never the photo.
        return new HostileFile(name, kind, TestImages.spliceAfterSoi(jpeg, 0xE1, TestImages.jpegExifSegment(tiff)), Expected.accept());
    }

    private static int sofOffset(byte[] jpeg) {
        return Mutations.indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) SOF0}, 2);
    }

    /** Four raw channels through the JDK writer, which labels them CMYK (Adobe APP14, no transform). */
    private static byte[] cmyk(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {x * 5, y * 7, (x + y) * 3, 20});
            }
        }
        return TestImages.jpegOfRaster(raster);
    }
}
