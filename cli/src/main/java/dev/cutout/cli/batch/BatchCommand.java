package dev.cutout.cli.batch;

import dev.cutout.cli.ProgressBar;
import dev.cutout.cli.RemoveCommand;
import dev.cutout.contract.JobOptions;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.model.InvalidDescriptorException;
import dev.cutout.engine.model.ModelUnavailableException;
import io.smallrye.config.ConfigValidationException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code ./cutout batch}: a folder tree of photos into a mirrored folder of PNGs, resumable through its manifest. */
public final class BatchCommand {

    static final int EXIT_OK = 0;
    static final int EXIT_SOME_FAILED = 1;
    static final int EXIT_USAGE = 2;
    /** 128 + SIGINT, as a shell reports a command stopped by Ctrl-C. */
    static final int EXIT_INTERRUPTED = 130;
    private static final int FAILURE_EXAMPLES = 5;

    private final PrintStream out;
    private final PrintStream err;

    BatchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new BatchCommand(System.out, System.err).run(args));
    }

    int run(String... args) {
        BatchArguments arguments;
        BatchPlan plan;
        try {
            arguments = BatchArguments.parse(args);
            plan = BatchPlan.of(arguments.input(), arguments.output(), arguments.job().format().format().extension());
        } catch (IllegalArgumentException e) {
            err.println("cutout batch: " + e.getMessage());
            err.print(BatchArguments.USAGE);
            return EXIT_USAGE;
        }
        JobOptions options = options(arguments);
        try (Manifest manifest = Manifest.open(plan.output())) {
            List<BatchPlan.Photo> toMake = new ArrayList<>();
            String fingerprint = OptionsFingerprint.of(options, arguments.job().model());
            for (BatchPlan.Photo photo : plan.photos()) {
                if (!alreadyDone(manifest, photo, fingerprint)) {
                    toMake.add(photo);
                }
            }
            int skipped = plan.photos().size() - toMake.size();
            try (JobTarget target = open(arguments)) {
                int jobs = arguments.jobs().orElse(target.defaultJobs());
                err.printf("cutout batch: %d photos to make, %d already done, %d in flight -> %s%n",
                        toMake.size(), skipped, jobs, plan.output());
                StopSignal stop = StopSignal.install(() -> err.printf(
                        "%ncutout batch: stopping — no new jobs; waiting up to %d s for those in flight (Ctrl-C again to abandon them)%n",
                        BatchRun.DRAIN_TIMEOUT.toSeconds()));
                ProgressBar progress = new ProgressBar(err, toMake.size(), System.console() != null, true);
                BatchSummary summary = new BatchRun(new PhotoJob(target, options), manifest, progress, stop)
                        .run(toMake, skipped, jobs);
                summary.lines(FAILURE_EXAMPLES).forEach(out::println);
                out.println("manifest: " + plan.output().resolve(Manifest.FILE_NAME));
                return summary.exitCode();
            }
        } catch (IOException e) {
            err.println("cutout batch: " + describe(e));
            return EXIT_SOME_FAILED;
        } catch (ConfigValidationException e) {
            err.println("cutout batch: " + e.getProblem(0).getMessage());
            return EXIT_USAGE;
        } catch (ModelUnavailableException | InvalidDescriptorException e) {
            err.println("cutout batch: " + e.getMessage());
            return EXIT_SOME_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("cutout batch: interrupted");
            return EXIT_INTERRUPTED;
        }
    }

    /** The exception's message, else its type; with the causes (the HTTP client's say nothing by themselves). */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" (").append(cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage()).append(')');
        }
        return text.toString();
    }

    /**
     * The flags' job. For a service {@code --model} is in it (a service takes the model from the job, not from its
     * own settings); in process it is the engine's configuration instead, so any catalogue model can be named.
     */
    static JobOptions options(BatchArguments arguments) {
        JobOptions job = RemoveCommand.jobOptions(arguments.job());
        Optional<String> model = arguments.target() instanceof Target.InProcess ? Optional.empty() : arguments.job().model();
        return new JobOptions(model, job.output(), job.background(), job.decontaminate(),
                job.quality(), job.matting(), Optional.empty());
    }

    private static boolean alreadyDone(Manifest manifest, BatchPlan.Photo photo, String fingerprint) throws IOException {
        Optional<ManifestEntry> recorded = Optional.ofNullable(manifest.previous().get(photo.input()));
        if (recorded.isEmpty() || recorded.get().status() != ManifestEntry.Status.DONE) {
            return false;
        }
        String sha = Sha256.hex(Files.readAllBytes(photo.source()));
        return ResumeDecision.of(recorded, sha, fingerprint, photo.target()).skip();
    }

    private static JobTarget open(BatchArguments arguments) throws IOException, InterruptedException {
        Target target = arguments.target();
        if (target instanceof Target.Server server) {
            return ServerTarget.connect(server.base());
        }
        if (target instanceof Target.Broker broker) {
            return BrokerTarget.connect(broker.amqp());
        }
        return InProcessTarget.start(CutoutConfigLoader.load(
                arguments.job().model().map(model -> Map.of("cutout.model", model)).orElse(Map.of())));
    }
}
