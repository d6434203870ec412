package dev.cutout.gateway.batches;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zips in memory for the tests, entries in the order added; null content makes a directory entry. */
final class TestZips {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Boolean> stored = new LinkedHashMap<>();

    TestZips add(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    /** An entry written without compression (its sizes in the local header). */
    TestZips addStored(String name, byte[] content) {
        stored.put(name, true);
        return add(name, content);
    }

    TestZips directory(String name) {
        return add(name, null);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (stored.containsKey(e.getKey())) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                if (e.getValue() != null) {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
