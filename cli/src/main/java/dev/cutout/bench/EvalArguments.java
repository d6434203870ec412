package dev.cutout.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of {@code ./cutout eval}.
 *
 * @param shared   the team's shared folder (holds {@code eval/})
 * @param real     the built real-photo set, when there is one
 * @param peer     alpha PNGs of a peer tool per set, when measured
 * @param cache    where model runs are kept between evaluations
 * @param specs    ensembles measured for the cost table besides the shipped ones
 * @param perImage print every photo's scores too
 */
record EvalArguments(Path shared, Optional<Path> real, Optional<Path> peer, Path cache, List<String> specs,
                     boolean perImage) {

    static final String USAGE = """
            Usage: QualityEval [--shared DIR] [--real DIR] [--peer DIR] [--cache DIR] [--per-image]
                               [--ensemble 'SPEC']... (replaces the cost table's ensembles)
            """;

    static EvalArguments parse(String... args) {
        Path shared = Path.of("../shared");
        Path real = null;
        Path peer = null;
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "cutout", "eval-mattes");
        List<String> specs = new ArrayList<>();
        boolean perImage = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(value(args, i++));
                case "--real" -> real = Path.of(value(args, i++));
                case "--peer" -> peer = Path.of(value(args, i++));
                case "--cache" -> cache = Path.of(value(args, i++));
                case "--ensemble" -> specs.add(value(args, i++));
                case "--per-image" -> perImage = true;
                default -> throw new IllegalArgumentException("unexpected argument '" + args[i] + "'\n" + USAGE);
            }
        }
        return new EvalArguments(shared, Optional.ofNullable(real), Optional.ofNullable(peer), cache,
                specs.isEmpty() ? EvalVariants.TABLE_SPECS : List.copyOf(specs), perImage);
    }

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
        }
        return args[i + 1];
    }
}
