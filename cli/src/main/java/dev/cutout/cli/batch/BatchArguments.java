package dev.cutout.cli.batch;

import dev.cutout.cli.RemoveArguments;
import dev.cutout.contract.InvalidOptionsException;
import dev.cutout.contract.JobOptionsParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The parsed command line of {@code ./cutout batch}: the batch's own flags, and the job options exactly as
 * {@code ./cutout remove} reads them.
 *
 * @param jobs how many jobs in flight; empty = from the target's capacity
 */
public record BatchArguments(Path input, Path output, Target target, OptionalInt jobs, RemoveArguments job) {

    static final String USAGE = """
            Usage: ./cutout batch <folder> -o <folder> [--server URL | --broker amqp://user:pw@host:port[/vhost]]
                                  [--jobs N] [job options of ./cutout remove]
                  --server <url>       through a gateway's REST API, e.g. http://localhost:8080
                  --broker <amqp url>  straight onto the cutout.jobs queue (a worker must be running)
                                       neither: the engine in this process, one photo at a time
                  --jobs N             jobs in flight (default: 4 for a server, 2 per worker consuming
                                       cutout.jobs for a broker, 1 in process)
              Job options: --model NAME, --mask, --background #rrggbb, --no-decontaminate,
                           --careful, --matting (as for ./cutout remove; through a server or a
                           broker --model is small or medium, in process any of ./cutout models)
              The manifest cutout-manifest.jsonl in the output folder makes a re-run skip what is done.
            """;

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a message for the user. */
    public static BatchArguments parse(String... args) {
        Target target = new Target.InProcess();
        boolean targetGiven = false;
        Integer jobs = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--server", "--broker" -> {
                    if (targetGiven) {
                        throw new IllegalArgumentException("give one of --server and --broker");
                    }
                    targetGiven = true;
                    String flag = args[i];
                    String value = valueAfter(args, i++);
                    target = flag.equals("--server") ? new Target.Server(server(value)) : new Target.Broker(broker(value));
                }
                case "--jobs" -> jobs = jobs(valueAfter(args, i++));
                default -> rest.add(args[i]);
            }
        }
        RemoveArguments job = RemoveArguments.parse(rest.toArray(String[]::new));
        if (job.output().isEmpty()) {
            throw new IllegalArgumentException("name the output folder with -o");
        }
        if (!(target instanceof Target.InProcess) && job.model().isPresent()) {
            serviceModel(job.model().get());
        }
        return new BatchArguments(job.input(), job.output().get(), target,
                jobs == null ? OptionalInt.empty() : OptionalInt.of(jobs), job);
    }

    /** A job through a service names one of the models the job contract knows. */
    private static void serviceModel(String model) {
        try {
            JobOptionsParser.model(model);
        } catch (InvalidOptionsException e) {
            throw new IllegalArgumentException("--model " + e.getMessage() + " when the jobs go through --server or "
                    + "--broker (in process any model of ./cutout models runs)", e);
        }
    }

    private static URI server(String text) {
        URI uri = uri(text, "--server");
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--server wants http://HOST:PORT, not '" + text + "'");
        }
        return uri;
    }

    private static URI broker(String text) {
        URI uri = uri(text, "--broker");
        if (!"amqp".equals(uri.getScheme()) && !"amqps".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--broker wants amqp://user:password@host:port, not '" + text + "'");
        }
        return uri;
    }

    private static URI uri(String text, String flag) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(flag + " is not a URL: " + e.getMessage(), e);
        }
    }

    private static int jobs(String text) {
        try {
            int jobs = Integer.parseInt(text);
            if (jobs >= 1) {
                return jobs;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--jobs wants a whole number of at least 1, not '" + text + "'", e);
        }
        throw new IllegalArgumentException("--jobs wants a whole number of at least 1, not '" + text + "'");
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }
}
