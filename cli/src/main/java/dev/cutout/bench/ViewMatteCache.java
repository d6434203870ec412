package dev.cutout.bench;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.image.RgbaImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The model's raw matte per photo and view, kept on disk between evaluation runs so that trying a
 * new rule does not re-run the network: keyed by the SHA-256 of the decoded pixels, the model and
 * the view, stored as 16-bit little-endian values. Only the benchmarks use it; the service never
 * writes images or mattes anywhere.
 */
final class ViewMatteCache {

    private static final float SCALE = 65535f;

    private final Path dir;
    private long hits;
    private long misses;

    ViewMatteCache(Path dir) {
        this.dir = dir;
    }

    /** The cached matte of {@code photoKey} in {@code view}, or {@code compute}'s, which is then stored. */
    GridMatte get(String photoKey, String model, String view, int grid, Supplier<GridMatte> compute) {
        Path file = dir.resolve(model).resolve(photoKey.substring(0, 2)).resolve(photoKey + "." + view + ".u16");
        try {
            if (Files.size(file) == 2L * grid * grid) {
                hits++;
                return read(file, grid);
            }
        } catch (IOException missing) {
            // not cached yet: compute below
        }
        misses++;
        GridMatte matte = compute.get();
        write(file, matte);
        return matte;
    }

    long hits() {
        return hits;
    }

    long misses() {
        return misses;
    }

    /** SHA-256 of the pixels (and size), hex. */
    static String keyOf(RgbaImage photo) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(4 * photo.argb().length + 8);
            buffer.putInt(photo.width()).putInt(photo.height());
            buffer.asIntBuffer().put(photo.argb());
            sha.update(buffer.array());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GridMatte read(Path file, int grid) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] alpha = new float[grid * grid];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = (bytes.getShort() & 0xFFFF) / SCALE;
        }
        return new GridMatte(grid, alpha);
    }

    private static void write(Path file, GridMatte matte) {
        ByteBuffer bytes = ByteBuffer.allocate(2 * matte.alpha().length).order(ByteOrder.LITTLE_ENDIAN);
        for (float a : matte.alpha()) {
            bytes.putShort((short) Math.round(Math.min(1f, Math.max(0f, a)) * SCALE));
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "matte", ".tmp");
            Files.write(tmp, bytes.array());
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
