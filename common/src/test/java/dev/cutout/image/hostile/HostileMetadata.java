package dev.cutout.image.hostile;

import dev.cutout.image.TestImages;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** EXIF TIFF blocks and ICC profiles that lie: bad offsets, loops, absurd counts, broken or huge profiles. */
final class HostileMetadata {

    private static final byte[] ICC_MARKER = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final short TYPE_ASCII = 2;
    private static final short TYPE_LONG = 4;

    private HostileMetadata() {
    }

    /** IFD0 said to sit 2 GB into a block of 8 bytes. */
    static byte[] exifBadOffset() {
        return ByteBuffer.allocate(8).put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(0x7FFF_FFF0).array();
    }

    /** IFD0 whose Exif sub-IFD pointer and next-IFD pointer both lead back to IFD0 itself. */
    static byte[] exifIfdLoop() {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x010F).putShort(TYPE_ASCII).putInt(4).put("abc\0".getBytes(StandardCharsets.ISO_8859_1));
        b.putShort((short) 0x8769).putShort(TYPE_LONG).putInt(1).putInt(8);
        b.putInt(8);
        return b.array();
    }

    /** IFD0 claiming 65535 entries (one present) whose entry claims 2^31−1 ASCII characters and a 1 G-entry strip table. */
    static byte[] exifAbsurdCounts() {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 2 * 12);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 0xFFFF);
        b.putShort((short) 0x0110).putShort(TYPE_ASCII).putInt(0x7FFF_FFFF).putInt(8);
        b.putShort((short) 0x0111).putShort(TYPE_LONG).putInt(0x3FFF_FFFF).putInt(8);
        return b.array();
    }

    /** A TIFF header and half an entry count. */
    static byte[] exifTruncated() {
        return new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0};
    }

    /** The JDK's sRGB profile: a real, parseable ICC profile of about 3 KB. */
    static byte[] srgbProfile() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** 132 bytes that say they are a 132-byte profile; the rest, including the 'acsp' signature, is noise. */
    static byte[] iccBroken() {
        byte[] profile = new byte[132];
        new Random(11).nextBytes(profile);
        return Mutations.putU32be(profile, 0, profile.length);
    }

    /** The real sRGB profile whose size field claims {@code size} bytes. */
    static byte[] iccSizeLie(long size) {
        return Mutations.putU32be(srgbProfile(), 0, size);
    }

    /** The real sRGB profile padded to {@code bytes}, size field updated: big, but well formed. */
    static byte[] iccHuge(int bytes) {
        return Mutations.putU32be(Arrays.copyOf(srgbProfile(), bytes), 0, bytes);
    }

    /** The profile as JPEG APP2 segments of at most {@code chunk} bytes, numbered 1..n of n. */
    static byte[] jpegWithIcc(byte[] jpeg, byte[] profile, int chunk) {
        int count = (profile.length + chunk - 1) / chunk;
        byte[] out = jpeg;
        for (int i = count - 1; i >= 0; i--) { // spliced right after SOI, so the last goes in first
            byte[] part = Arrays.copyOfRange(profile, i * chunk, Math.min(profile.length, (i + 1) * chunk));
            out = TestImages.spliceAfterSoi(out, 0xE2, TestImages.concat(ICC_MARKER, new byte[] {(byte) (i + 1), (byte) count}, part));
        }
        return out;
    }

    /** One APP2 segment numbered {@code sequence} of {@code count}, as a writer with an off-by-one would. */
    static byte[] jpegWithIccSequence(byte[] jpeg, byte[] profile, int sequence, int count) {
        return TestImages.spliceAfterSoi(jpeg, 0xE2,
                TestImages.concat(ICC_MARKER, new byte[] {(byte) sequence, (byte) count}, profile));
    }
}
