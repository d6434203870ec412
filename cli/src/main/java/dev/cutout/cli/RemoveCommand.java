package dev.cutout.cli;

import dev.cutout.contract.JobOptions;
import dev.cutout.contract.OutputKind;
import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.model.InvalidDescriptorException;
import dev.cutout.engine.model.ModelCatalogue;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./cutout remove}: turns one photo, or every image in a folder, into transparent PNGs (or WebP, or
 * JPEG on a colour), optionally cropped to the subject or laid out on a canvas.
 */
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
            plan = RemovePlan.of(arguments.input(), arguments.output(), arguments.format().format().extension());
        } catch (IllegalArgumentException e) {
            err.println("cutout remove: " + e.getMessage());
            err.print(RemoveArguments.USAGE);
            return EXIT_USAGE;
        }
        CutoutConfig config;
        try {
            config = CutoutConfigLoader.load(overrides(arguments));
        } catch (ConfigValidationException e) {
            err.println("cutout remove: " + e.getProblem(0).getMessage());
            return EXIT_USAGE;
        }
        try {
            // An unknown name is a usage error; a known model whose file is missing fails below, as a load does.
            ModelCatalogue catalogue = ModelCatalogue.of(CutoutEngine.modelDir(config));
            String model = config.model().trim().toLowerCase(Locale.ROOT);
            if (catalogue.find(model).isEmpty()) {
                catalogue.available(model);
            }
        } catch (ModelUnavailableException | InvalidDescriptorException e) {
            err.println("cutout remove: " + e.getMessage());
            return EXIT_USAGE;
        }
        try (CutoutEngine engine = CutoutEngine.start(config)) {
            return process(plan, arguments, engine.pipeline(), config.inference().jobsInFlight());
        } catch (ModelUnavailableException e) {
            err.println("cutout remove: " + e.getMessage());
            return EXIT_SOME_FAILED;
        }
    }

    /** The first photo is the warm-up: a one-shot run gains nothing from a blank inference before it. */
    private static Map<String, String> overrides(RemoveArguments arguments) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("cutout.inference.warm-up", "false");
        arguments.model().ifPresent(model -> overrides.put("cutout.model", model));
        return overrides;
    }

    private int process(RemovePlan plan, RemoveArguments arguments, CutoutPipeline pipeline, int jobsInFlight) {
        CutoutOptions options = options(arguments);
        boolean folder = plan.items().size() > 1;
        ProgressBar progress = new ProgressBar(err, plan.items().size(), System.console() != null, folder);
        int failed = 0;
        int doubtful = 0;
        int done = 0;
        // Photos start in order, up to jobsInFlight at once, and are reported in order.
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(jobsInFlight, plan.items().size())));
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (RemovePlan.Item item : plan.items()) {
                outcomes.add(workers.submit(() -> cutOut(item, pipeline, options)));
            }
            for (int i = 0; i < outcomes.size(); i++) {
                RemovePlan.Item item = plan.items().get(i);
                progress.show(done, item.source().getFileName().toString());
                Outcome outcome = await(outcomes.get(i), item);
                if (outcome instanceof Outcome.Written written) {
                    if (!folder) {
                        out.println(ResultLine.of(item.source(), item.target(), written.result()));
                    }
                    Optional<String> warning = ResultLine.warning(item.source(), written.result().quality(), arguments.careful());
                    if (warning.isPresent()) {
                        doubtful++;
                        progress.message(warning.get());
                    }
                } else if (outcome instanceof Outcome.Failed failure) {
                    failed++;
                    progress.message(failure.message());
                }
                progress.show(++done, item.source().getFileName().toString());
            }
        } finally {
            workers.shutdownNow();
        }
        if (folder) {
            out.printf("%d of %d photos cut out into %s%s%n", done - failed, done,
                    plan.items().get(0).target().toAbsolutePath().getParent(),
                    doubtful == 0 ? "" : "; " + doubtful + " doubtful (see the warnings)");
        }
        return failed == 0 ? EXIT_OK : EXIT_SOME_FAILED;
    }

    private static Outcome cutOut(RemovePlan.Item item, CutoutPipeline pipeline, CutoutOptions options) {
        try {
            CutoutResult result = pipeline.process(Files.readAllBytes(item.source()), options);
            Files.createDirectories(item.target().toAbsolutePath().getParent());
            Files.write(item.target(), result.png());
            return new Outcome.Written(result);
        } catch (ImageException e) {
            return new Outcome.Failed("skipped " + item.source() + ": " + e.getMessage());
        } catch (IOException e) {
            return new Outcome.Failed("failed " + item.source() + ": " + e);
        }
    }

    private static Outcome await(Future<Outcome> outcome, RemovePlan.Item item) {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            // Anything else the pipeline throws is a bug: reported against the photo, the others still run.
            return new Outcome.Failed("failed " + item.source() + ": " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("interrupted before " + item.source());
        }
    }

    /** What became of one photo. */
    private sealed interface Outcome {
        record Written(CutoutResult result) implements Outcome {}

        record Failed(String message) implements Outcome {}
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
                arguments.careful(), arguments.matting(), arguments.layout(), arguments.format(), Optional.empty());
    }
}
