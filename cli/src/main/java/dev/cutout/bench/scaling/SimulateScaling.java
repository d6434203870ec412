package dev.cutout.bench.scaling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./cutout simulate-scaling}: the worker ScaledObject of a rendered overlay (or a YAML file),
 * the measured worker throughput and start-up, and a burst of jobs: replicas over time and time to drain.
 */
public final class SimulateScaling {

    private static final Set<String> OPTIONS = Set.of("--root", "--overlay", "--scaled-object", "--jobs",
            "--images-per-minute", "--startup-seconds", "--initial-replicas", "--step");
    /** One worker, 12 MP photos, medium model, 2 cores (README, "Services under load"). */
    private static final String IMAGES_PER_MINUTE = "22";
    /** Worker pod start to ready, on a loaded machine (deploy/CONTAINERS.md). */
    private static final String STARTUP_SECONDS = "23";

    private SimulateScaling() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--root", ".", "--overlay", "k8s/overlays/cpu", "--jobs", "5000",
                "--images-per-minute", IMAGES_PER_MINUTE, "--startup-seconds", STARTUP_SECONDS, "--step", "30"));
        boolean markdown = false;
        try {
            List<String> list = List.of(args);
            for (int i = 0; i < list.size(); i++) {
                String option = list.get(i);
                if (option.equals("--markdown")) {
                    markdown = true;
                } else if (OPTIONS.contains(option) && i + 1 < list.size()) {
                    options.put(option, list.get(++i));
                } else {
                    throw new IllegalArgumentException("unknown option or missing value: " + option);
                }
            }
            Path root = Path.of(options.get("--root"));
            String source;
            ScalingSettings settings;
            if (options.containsKey("--scaled-object")) {
                source = options.get("--scaled-object");
                settings = ScaledObjectReader.read(Files.readString(Path.of(source)));
            } else {
                source = "kubectl kustomize " + options.get("--overlay");
                settings = ScaledObjectReader.fromOverlay(root.resolve(options.get("--overlay")));
            }
            WorkerModel worker = new WorkerModel(Double.parseDouble(options.get("--images-per-minute")),
                    Double.parseDouble(options.get("--startup-seconds")));
            long jobs = Long.parseLong(options.get("--jobs"));
            int initial = options.containsKey("--initial-replicas") ? Integer.parseInt(options.get("--initial-replicas"))
                    : settings.minReplicas();
            ScalingSimulation.Run run = ScalingSimulation.run(settings, worker, jobs, initial);
            ScalingReport report = new ScalingReport(settings, worker, jobs, run);
            if (markdown) {
                report.printMarkdown(System.out);
            } else {
                report.printText(System.out, source, Integer.parseInt(options.get("--step")));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("simulate-scaling: " + e.getMessage()
                    + " (options: --overlay DIR | --scaled-object FILE, --jobs N, --images-per-minute R, --startup-seconds S, "
                    + "--initial-replicas N, --step S, --markdown)");
            System.exit(2);
        }
    }
}
