package dev.cutout.image.webp;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Decodes WebP with two independent decoders, TwelveMonkeys in-process and libwebp's dwebp, to ARGB. */
final class WebpDecoding {

    static final Path DWEBP = Path.of("/usr/bin/dwebp");

    private WebpDecoding() {
    }

    static boolean dwebpAvailable() {
        return Files.isExecutable(DWEBP);
    }

    /** ARGB read from the raster, not through getRGB, so that RGB under alpha 0 survives. */
    static int[] twelveMonkeys(byte[] webp) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(webp));
        if (image == null) {
            throw new IOException("no ImageIO reader for these bytes");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        int[] samples = raster.getPixels(0, 0, w, h, (int[]) null);
        if (image.isAlphaPremultiplied()) {
            throw new IOException("premultiplied decode loses RGB under alpha: " + image);
        }
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            int a = bands == 4 ? samples[i * bands + 3] : 255;
            argb[i] = a << 24 | samples[i * bands] << 16 | samples[i * bands + 1] << 8 | samples[i * bands + 2];
        }
        return argb;
    }

    /** ARGB of {@code dwebp -pam}; fails when dwebp refuses the file. */
    static int[] dwebp(byte[] webp) throws IOException, InterruptedException {
        Path in = Files.createTempFile("cutout-webp", ".webp");
        Path out = Files.createTempFile("cutout-webp", ".pam");
        try {
            Files.write(in, webp);
            Process p = new ProcessBuilder(DWEBP.toString(), "-quiet", in.toString(), "-pam", "-o", out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("dwebp failed: " + log);
            }
            return pam(Files.readAllBytes(out));
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    private static int[] pam(byte[] file) throws IOException {
        int at = 0;
        int w = 0;
        int h = 0;
        while (true) {
            int end = at;
            while (file[end] != '\n') {
                end++;
            }
            String line = new String(file, at, end - at, StandardCharsets.US_ASCII);
            at = end + 1;
            if (line.startsWith("WIDTH ")) {
                w = Integer.parseInt(line.substring(6).trim());
            } else if (line.startsWith("HEIGHT ")) {
                h = Integer.parseInt(line.substring(7).trim());
            } else if (line.startsWith("DEPTH ") && !line.substring(6).trim().equals("4")) {
                throw new IOException("expected RGBA PAM, got " + line);
            } else if (line.equals("ENDHDR")) {
                break;
            }
        }
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++, at += 4) {
            argb[i] = (file[at + 3] & 0xFF) << 24 | (file[at] & 0xFF) << 16 | (file[at + 1] & 0xFF) << 8
                    | (file[at + 2] & 0xFF);
        }
        return argb;
    }
}
