package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    @Test
    void recognisesEachFormatByItsMagicBytes() {
        assertThat(FormatDetector.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(ImageFormat.JPEG);
        assertThat(FormatDetector.detect(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'))).contains(ImageFormat.PNG);
        assertThat(FormatDetector.detect(ascii("RIFF\0\0\0\0WEBPVP8 "))).contains(ImageFormat.WEBP);
        assertThat(FormatDetector.detect(ascii("GIF87a......"))).contains(ImageFormat.GIF);
        assertThat(FormatDetector.detect(ascii("GIF89a......"))).contains(ImageFormat.GIF);
        assertThat(FormatDetector.detect(ascii("BM\0\0\0\0\0\0\0\0\0\0\0\0"))).contains(ImageFormat.BMP);
        assertThat(FormatDetector.detect(bytes('I', 'I', 42, 0, 8, 0, 0, 0))).contains(ImageFormat.TIFF);
        assertThat(FormatDetector.detect(bytes('M', 'M', 0, 42, 0, 0, 0, 8))).contains(ImageFormat.TIFF);
    }

    @Test
    void tellsHeicFromAvifByFtypBrands() {
        assertThat(FormatDetector.detect(ftyp("heic", "mif1", "heic"))).contains(ImageFormat.HEIC);
        assertThat(FormatDetector.detect(ftyp("mif1", "mif1", "heix"))).contains(ImageFormat.HEIC);
        assertThat(FormatDetector.detect(ftyp("avif", "mif1", "miaf"))).contains(ImageFormat.AVIF);
        assertThat(FormatDetector.detect(ftyp("avis", "msf1", "avis"))).contains(ImageFormat.AVIF);
    }

    @Test
    void findsAvifAmongCompatibleBrandsWhenMajorBrandIsGeneric() {
        assertThat(FormatDetector.detect(ftyp("mif1", "mif1", "avif"))).contains(ImageFormat.AVIF);
    }

    @Test
    void doesNotMistakeAnMp4ForAnImage() {
        assertThat(FormatDetector.detect(ftyp("isom", "isom", "mp41"))).isEmpty();
    }

    @Test
    void knowsNothingAboutTextEmptyOrTooShortInput() {
        assertThat(FormatDetector.detect("hello, this is a text file".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FormatDetector.detect(new byte[0])).isEmpty();
        assertThat(FormatDetector.detect(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(FormatDetector.detect(ascii("RIFF\0\0\0\0WAVE"))).isEmpty();
    }

    private static byte[] ftyp(String major, String... compatible) {
        int size = 16 + 4 * compatible.length;
        StringBuilder box = new StringBuilder().append("\0\0\0").append((char) size).append("ftyp").append(major).append("\0\0\0\0");
        for (String brand : compatible) {
            box.append(brand);
        }
        return ascii(box.toString());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
