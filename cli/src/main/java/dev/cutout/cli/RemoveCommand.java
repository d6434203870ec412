package dev.cutout.cli;

import dev.cutout.contract.JobOptions;
import dev.cutout.contract.OutputKind;
import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.model.ModelUnavailableException;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.CutoutOptions;
import dev.cutout.engine.pipeline.CutoutPipeline;
import dev.cutout.engine.pipeline.CutoutResult;
import dev.cutout.image.ImageException;
import io.smallrye.config.ConfigValidationException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/** {@code ./cutout remove}: turns one photo, or every image in a folder, into transparent PNGs. */
public final class RemoveCommand {

    static final int EXIT_OK = 0;
    static final int EXIT_SOME_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    RemoveCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new RemoveCommand(System.out, System.err).run(args));
    }

    int run(String... args) {
        RemoveArguments arguments;
        RemovePlan plan;
        try {
            arguments = RemoveArguments.parse(args);
            plan = RemovePlan.of(arguments.input(), arguments.output());
        } catch (IllegalArgumentException e) {
            err.println("cutout remove: " + e.getMessage());
            err.print(RemoveArguments.USAGE);
            return EXIT_USAGE;
        }
        CutoutConfig config;
        try {
            config = CutoutConfigLoader.load(
                    arguments.model().map(model -> Map.of("cutout.model", model)).orElse(Map.of()));
        } catch (ConfigValidationException e) {
            err.println("cutout remove: " + e.getProblem(0).getMessage());
            return EXIT_USAGE;
        }
        try (CutoutEngine engine = CutoutEngine.start(config)) {
            return process(plan, arguments, engine.pipeline());
        } catch (ModelUnavailableException e) {
            err.println("cutout remove: " + e.getMessage());
            return EXIT_SOME_FAILED;
        }
    }

    private int process(RemovePlan plan, RemoveArguments arguments, CutoutPipeline pipeline) {
        CutoutOptions options = options(arguments);
        boolean folder = plan.items().size() > 1;
        ProgressBar progress = new ProgressBar(err, plan.items().size(), System.console() != null, folder);
        int failed = 0;
        int doubtful = 0;
        int done = 0;
        for (RemovePlan.Item item : plan.items()) {
            progress.show(done, item.source().getFileName().toString());
            try {
                CutoutResult result = pipeline.process(Files.readAllBytes(item.source()), options);
                Files.createDirectories(item.target().toAbsolutePath().getParent());
                Files.write(item.target(), result.png());
                if (!folder) {
                    out.println(ResultLine.of(item.source(), item.target(), result));
                }
                Optional<String> warning = ResultLine.warning(item.source(), result.quality(), arguments.careful());
                if (warning.isPresent()) {
                    doubtful++;
                    progress.message(warning.get());
                }
            } catch (ImageException e) {
                failed++;
                progress.message("skipped " + item.source() + ": " + e.getMessage());
            } catch (IOException e) {
                failed++;
                progress.message("failed " + item.source() + ": " + e);
            }
            progress.show(++done, item.source().getFileName().toString());
        }
        if (folder) {
            out.printf("%d of %d photos cut out into %s%s%n", done - failed, done,
                    plan.items().get(0).target().toAbsolutePath().getParent(),
                    doubtful == 0 ? "" : "; " + doubtful + " doubtful (see the warnings)");
        }
        return failed == 0 ? EXIT_OK : EXIT_SOME_FAILED;
    }

    static CutoutOptions options(RemoveArguments arguments) {
        return CutoutOptions.of(jobOptions(arguments));
    }

    /** The job the flags ask for as a service takes it; {@code --model} is not in it (remove sets it as configuration). */
    public static JobOptions jobOptions(RemoveArguments arguments) {
        OutputKind output = arguments.mask() ? OutputKind.MASK
                : arguments.background().isPresent() ? OutputKind.BACKGROUND
                : OutputKind.CUTOUT;
        return new JobOptions(Optional.empty(), output,
                arguments.background().orElse(JobOptions.DEFAULT_BACKGROUND), arguments.decontaminate(),
                arguments.careful(), arguments.matting(), Optional.empty());
    }
}
