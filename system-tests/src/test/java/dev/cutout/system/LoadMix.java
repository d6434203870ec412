package dev.cutout.system;

import dev.cutout.image.hostile.HostileCorpus;
import dev.cutout.image.hostile.HostileFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The photos a load or soak run sends, job by job: the two real photos of {@code ../shared/photos} as JPEGs at
 * 1 to 24 MP, the eval set's composites as they are (PNG, about 1 MP), and every {@value #HOSTILE_EVERY}th job
 * one file of the hostile corpus (5 %), spread over the corpus. The same index always gives the same input.
 */
final class LoadMix {

    static final int HOSTILE_EVERY = 20;
    private static final double[] MEGAPIXELS = {1, 2, 4, 8, 12, 16, 24};
    private static final List<String> REAL_PHOTOS = List.of("aeroplane.jpg", "bike.jpg");
    /** Steps through the corpus with a stride prime to its size, so that consecutive hostile jobs differ in kind. */
    private static final int HOSTILE_STRIDE = 7;

    /** One input: its bytes and, for a photo, the size its cut-out must have; for a hostile file, what it is. */
    record LoadInput(String name, byte[] bytes, String contentType, int width, int height, Optional<HostileFile> hostile) {

        double megapixels() {
            return width * (double) height / 1e6;
        }

        String size() {
            return hostile.map(file -> "hostile").orElse(String.format("%.0f MP", Math.max(1, Math.round(megapixels()))));
        }
    }

    private final List<LoadInput> photos;
    private final List<HostileFile> hostile;

    private LoadMix(List<LoadInput> photos, List<HostileFile> hostile) {
        this.photos = photos;
        this.hostile = hostile;
    }

    /** Encodes the photos once (a few seconds: the 24 MP JPEGs are the slow part). */
    static LoadMix standard() {
        List<LoadInput> photos = new ArrayList<>();
        for (double megapixels : MEGAPIXELS) {
            for (String name : REAL_PHOTOS) {
                photos.add(scaled(name, megapixels));
            }
        }
        photos.addAll(evalComposites());
        return new LoadMix(List.copyOf(photos), HostileCorpus.files());
    }

    LoadInput input(int index) {
        if (index % HOSTILE_EVERY == HOSTILE_EVERY - 1) {
            HostileFile file = hostile.get((index / HOSTILE_EVERY * HOSTILE_STRIDE) % hostile.size());
            return new LoadInput(file.name(), file.bytes(), file.claimedMediaType(), 0, 0, Optional.of(file));
        }
        return photos.get(index % photos.size());
    }

    private static LoadInput scaled(String name, double megapixels) {
        BufferedImage source = Photos.read(SystemFiles.photo(name));
        double scale = Math.sqrt(megapixels * 1e6 / ((double) source.getWidth() * source.getHeight()));
        int width = (int) Math.round(source.getWidth() * scale);
        int height = (int) Math.round(source.getHeight() * scale);
        String file = name.replace(".jpg", "") + "-" + Math.round(megapixels) + "mp.jpg";
        return new LoadInput(file, Photos.jpeg(source, width, height), "image/jpeg", width, height, Optional.empty());
    }

    private static List<LoadInput> evalComposites() {
        Path folder = SystemFiles.evalImage(Photos.PORTRAIT).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".png")).sorted().map(file -> {
                BufferedImage image = Photos.read(file);
                return new LoadInput(file.getFileName().toString(), Photos.bytes(file), "image/png", image.getWidth(),
                        image.getHeight(), Optional.empty());
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
