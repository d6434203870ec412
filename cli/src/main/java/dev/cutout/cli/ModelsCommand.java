package dev.cutout.cli;

import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.model.InvalidDescriptorException;
import dev.cutout.engine.model.ModelCatalogue;
import dev.cutout.engine.model.ModelDescriptor;
import dev.cutout.engine.model.ModelInstaller;
import dev.cutout.engine.model.ModelUnavailableException;
import dev.cutout.engine.pipeline.CutoutEngine;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ./cutout models}: lists the model catalogue (built-in and installed descriptors, one line each), and
 * {@code ./cutout models add FILE.onnx --descriptor D.json} verifies a model and installs it into the model
 * directory.
 */
public final class ModelsCommand {

    static final int EXIT_OK = 0;
    static final int EXIT_REFUSED = 1;
    static final int EXIT_USAGE = 2;

    private static final double MEGABYTE = 1_000_000.0;

    static final String USAGE = """
            Usage: ./cutout models                                  list the models (name, size, verified, run here, licence)
                   ./cutout models add FILE.onnx --descriptor D.json  check FILE against D (SHA-256, input, output)
                                                                    and install both into the model directory
            """;

    private final Path modelDir;
    private final PrintStream out;
    private final PrintStream err;

    ModelsCommand(Path modelDir, PrintStream out, PrintStream err) {
        this.modelDir = modelDir;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        Path modelDir = CutoutEngine.modelDir(CutoutConfigLoader.load());
        System.exit(new ModelsCommand(modelDir, System.out, System.err).run(args));
    }

    int run(String... args) {
        try {
            if (args.length == 0 || (args.length == 1 && args[0].equals("list"))) {
                return list();
            }
            if (args[0].equals("add")) {
                return add(args);
            }
            return usage("unknown models command '" + args[0] + "'");
        } catch (InvalidDescriptorException | ModelUnavailableException | UncheckedIOException e) {
            err.println("cutout models: " + e.getMessage());
            return EXIT_REFUSED;
        }
    }

    private int list() {
        ModelCatalogue catalogue = ModelCatalogue.of(modelDir);
        out.printf(Locale.ROOT, "Models in %s (built in, and installed with ./cutout models add):%n", catalogue.modelDir());
        out.printf(Locale.ROOT, "%-22s %9s  %-9s  %-16s  %-12s  %s%n", "name", "size", "source", "verified", "run here",
                "licence");
        for (ModelCatalogue.Entry entry : catalogue.entries()) {
            out.println(line(entry));
        }
        return EXIT_OK;
    }

    /** One model: name, size on disk, where its descriptor comes from, verification, run here, licence. */
    static String line(ModelCatalogue.Entry entry) {
        ModelDescriptor d = entry.descriptor();
        String size = entry.size().isPresent()
                ? String.format(Locale.ROOT, "%.1f MB", entry.size().getAsLong() / MEGABYTE)
                : "-";
        String verified = switch (entry.verification()) {
            case VERIFIED -> "verified";
            case MISMATCH -> "SHA-256 MISMATCH";
            case NO_HASH -> "no SHA-256";
            case NO_FILE -> "not here";
        };
        return String.format(Locale.ROOT, "%-22s %9s  %-9s  %-16s  %-12s  %s", d.name(), size,
                entry.installed() ? "installed" : "built in", verified, d.runHere() ? "run here" : "not run here",
                d.licence());
    }

    private int add(String[] args) {
        Path onnx = null;
        Path descriptor = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--descriptor")) {
                if (i + 1 >= args.length) {
                    return usage("--descriptor needs a file");
                }
                descriptor = Path.of(args[++i]);
            } else if (args[i].startsWith("-") || onnx != null) {
                return usage("unexpected argument '" + args[i] + "'");
            } else {
                onnx = Path.of(args[i]);
            }
        }
        if (onnx == null || descriptor == null) {
            return usage("models add needs FILE.onnx and --descriptor D.json");
        }
        ModelInstaller.Installed installed = new ModelInstaller(modelDir).install(onnx, descriptor);
        out.printf(Locale.ROOT, "installed model '%s': %s (SHA-256 %s) and %s; run it with --model %s%n",
                installed.descriptor().name(), installed.file(), installed.sha256(), installed.descriptorFile(),
                installed.descriptor().name());
        return EXIT_OK;
    }

    private int usage(String problem) {
        err.println("cutout models: " + problem);
        err.print(USAGE);
        return EXIT_USAGE;
    }
}
