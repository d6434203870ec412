package dev.cutout.image.hostile;

import static dev.cutout.contract.ErrorCode.UNSUPPORTED_FORMAT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files that are not images at all, named as images: all refused as unsupported, by content. */
final class NotImageEntries {

    private NotImageEntries() {
    }

    static List<HostileFile> all() {
        byte[] random = new byte[4096];
        new Random(13).nextBytes(random);
        random[0] = 0x01;
        return List.of(
                refused("html.jpg", "HTML page with a script, named .jpg",
                        "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"),
                refused("svg-script.png", "SVG with <script>, named .png",
                        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" "
                                + "onload=\"alert(1)\"><script>alert(document.domain)</script><rect width=\"64\" height=\"64\"/></svg>"),
                refused("pdf.jpg", "PDF, named .jpg", "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
                refused("shell.gif", "shell script, named .gif", "#!/bin/sh\necho pwned > /tmp/cutout-pwned\n"),
                new HostileFile("zip.jpg", "ZIP archive, named .jpg", zip(), Expected.refuse(UNSUPPORTED_FORMAT)),
                new HostileFile("elf.jpg", "ELF executable header, named .jpg", elf(), Expected.refuse(UNSUPPORTED_FORMAT)),
                new HostileFile("exe.png", "Windows MZ executable header, named .png", mz(), Expected.refuse(UNSUPPORTED_FORMAT)),
                new HostileFile("random.png", "4 KB of random bytes, named .png", random, Expected.refuse(UNSUPPORTED_FORMAT)),
                new HostileFile("mp4-ftyp.heic", "MP4 (ISO-BMFF, brand isom), named .heic", mp4(), Expected.refuse(UNSUPPORTED_FORMAT)));
    }

    private static HostileFile refused(String name, String kind, String text) {
        return new HostileFile(name, kind, text.getBytes(StandardCharsets.UTF_8), Expected.refuse(UNSUPPORTED_FORMAT));
    }

    private static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write("not really".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An x86-64 ELF header (64 bytes) and a little padding. */
    private static byte[] elf() {
        byte[] elf = new byte[128];
        byte[] ident = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(ident, 0, elf, 0, ident.length);
        elf[16] = 2;    // ET_EXEC
        elf[18] = 0x3E; // EM_X86_64
        elf[20] = 1;    // EV_CURRENT
        return elf;
    }

    private static byte[] mz() {
        byte[] exe = new byte[128];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    private static byte[] mp4() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x18});
        out.writeBytes("ftypisom".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[] {0, 0, 2, 0});
        out.writeBytes("isommp42".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[] {0, 0, 0, 8});
        out.writeBytes("free".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
