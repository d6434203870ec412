package dev.cutout.engine.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Every model Cutout knows of: the built-in descriptors, then those installed in the model directory (a
 * descriptor {@code NAME.json} beside the file it names, as {@code ./cutout models add} leaves them). A name
 * given twice, or an installed descriptor that cannot be read, is refused with one sentence.
 */
public final class ModelCatalogue {

    /** How a user gets a model that is not here, for the end of every "not available" sentence. */
    public static final String HOW_TO_GET = "./cutout fetch-models fetches small, medium and u2netp, "
            + "./cutout models add FILE.onnx --descriptor D.json installs another";

    static final String DESCRIPTOR_SUFFIX = ".json";

    private final Path modelDir;
    private final Map<String, ModelDescriptor> descriptors;
    private final Map<String, Boolean> installed;

    private ModelCatalogue(Path modelDir, Map<String, ModelDescriptor> descriptors, Map<String, Boolean> installed) {
        this.modelDir = modelDir;
        this.descriptors = descriptors;
        this.installed = installed;
    }

    /** The built-in descriptors and those installed in {@code modelDir} (which need not exist). */
    public static ModelCatalogue of(Path modelDir) {
        Path dir = modelDir.toAbsolutePath();
        Map<String, ModelDescriptor> all = new LinkedHashMap<>();
        Map<String, Boolean> installed = new LinkedHashMap<>();
        for (ModelDescriptor builtIn : BuiltInDescriptors.all()) {
            all.put(builtIn.name(), builtIn);
            installed.put(builtIn.name(), false);
        }
        for (Path file : installedDescriptorFiles(dir)) {
            ModelDescriptor descriptor = DescriptorReader.read(file);
            String stem = stem(file);
            if (!descriptor.name().equals(stem)) {
                throw new InvalidDescriptorException(file + " names its model '" + descriptor.name()
                        + "': an installed descriptor must be called after its model, " + descriptor.name()
                        + DESCRIPTOR_SUFFIX);
            }
            if (all.containsKey(stem)) {
                throw new InvalidDescriptorException(file + " describes model '" + stem
                        + "', which is built in: a name may be given only once, so rename or remove " + file);
            }
            all.put(stem, descriptor);
            installed.put(stem, true);
        }
        return new ModelCatalogue(dir, all, installed);
    }

    public Path modelDir() {
        return modelDir;
    }

    /** Every descriptor, the built-in ones first, then the installed ones by name. */
    public List<ModelDescriptor> descriptors() {
        return List.copyOf(descriptors.values());
    }

    public Optional<ModelDescriptor> find(String name) {
        return Optional.ofNullable(descriptors.get(name));
    }

    /** True when the descriptor's file is in the model directory (whether or not it is the right one). */
    public boolean present(ModelDescriptor descriptor) {
        return Files.isRegularFile(modelDir.resolve(descriptor.file()));
    }

    /** The names of the models whose file is here, in catalogue order. */
    public List<String> availableNames() {
        return descriptors.values().stream().filter(this::present).map(ModelDescriptor::name).toList();
    }

    /**
     * The descriptor of a model that can be asked for: known and with its file present (its hash and graph
     * are checked when it loads); otherwise one sentence saying what is available and how to get more.
     */
    public ModelDescriptor available(String name) {
        ModelDescriptor descriptor = descriptors.get(name);
        List<String> here = availableNames();
        String choices = "available here: " + (here.isEmpty() ? "none" : String.join(", ", here)) + "; " + HOW_TO_GET;
        if (descriptor == null) {
            throw new ModelUnavailableException("Unknown model '" + name + "' (" + choices + ")");
        }
        if (!present(descriptor)) {
            throw new ModelUnavailableException("Model '" + name + "' is described but " + descriptor.file()
                    + " is not in " + modelDir + " (" + choices + ")");
        }
        return descriptor;
    }

    /** One row per model for {@code ./cutout models}: hashes each present file, remembered while it is unchanged. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (ModelDescriptor descriptor : descriptors.values()) {
            Path file = modelDir.resolve(descriptor.file());
            if (!Files.isRegularFile(file)) {
                entries.add(new Entry(descriptor, installed.get(descriptor.name()), OptionalLong.empty(),
                        Verification.NO_FILE));
                continue;
            }
            try {
                long size = Files.size(file);
                Verification verification = descriptor.sha256().isEmpty() ? Verification.NO_HASH
                        : descriptor.sha256().get().equals(HashStamp.sha256(file)) ? Verification.VERIFIED
                        : Verification.MISMATCH;
                entries.add(new Entry(descriptor, installed.get(descriptor.name()), OptionalLong.of(size), verification));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return entries;
    }

    /**
     * One model as listed.
     *
     * @param installed true for a descriptor installed in the model directory, false for a built-in one
     * @param size the file's size on disk, empty when it is not there
     */
    public record Entry(ModelDescriptor descriptor, boolean installed, OptionalLong size, Verification verification) {}

    /** What the file's SHA-256 says about it. */
    public enum Verification {
        /** The file's SHA-256 is the descriptor's. */
        VERIFIED,
        /** The file is there but its SHA-256 is not the descriptor's. */
        MISMATCH,
        /** The descriptor has no SHA-256 to check the file against. */
        NO_HASH,
        /** The file is not in the model directory. */
        NO_FILE
    }

    /** {@code *.json} in the directory, by name; hidden files (the installer's partial copies) are not descriptors. */
    private static List<Path> installedDescriptorFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(DESCRIPTOR_SUFFIX))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the model directory " + dir, e);
        }
    }

    private static String stem(Path descriptorFile) {
        String name = descriptorFile.getFileName().toString();
        return name.substring(0, name.length() - DESCRIPTOR_SUFFIX.length());
    }
}
