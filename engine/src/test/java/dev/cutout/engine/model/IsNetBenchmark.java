package dev.cutout.engine.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prints load, warm-up and per-run times of the original and the output-only model, and the peak
 * RSS, for any built-in descriptor that runs here ({@code small}, {@code medium}, {@code u2netp}). Not a test:
 * run one model per JVM so VmHWM belongs to it, e.g.
 * {@code java -cp target/test-classes:target/classes:<deps> dev.cutout.engine.model.IsNetBenchmark medium 3 pruned}.
 */
public final class IsNetBenchmark {

    private IsNetBenchmark() {}

    public static void main(String[] args) throws Exception {
        ModelDescriptor descriptor = BuiltInDescriptors.get(args[0]);
        int runs = Integer.parseInt(args[1]);
        String mode = args[2]; // original | pruned | model (the full MatteModel path through DJL)
        Path dir = CutoutEngine.modelDir(CutoutConfigLoader.load());
        int grid = descriptor.grid();
        ModelInput input = GridImages.modelInput(Path.of(args.length > 3 ? args[3] : "../shared/eval/images/fg-car-2__bg-studio.png"), grid);
        if (mode.equals("model")) {
            try (MatteModel model = MatteModel.load(dir, descriptor, ExecutionDevice.CPU, 2, 1, true)) {
                System.out.println(descriptor.name() + " model load " + model.timings());
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    model.predict(input);
                    System.out.printf("%s model run %d: %d ms%n", descriptor.name(), i, (System.nanoTime() - t) / 1_000_000);
                }
            }
        } else {
            Path original = new ModelFiles(dir).verifiedOriginal(descriptor);
            Path file = mode.equals("pruned") ? PrunedModelCache.outputOnly(original, descriptor) : original;
            rawSession(file, descriptor, descriptor.name() + " " + mode, input, runs);
        }
        System.out.println(descriptor.name() + " " + mode + " peak " + Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM n/a"));
    }

    /** Runs the session the way DJL does: asking for every declared output. */
    private static void rawSession(Path file, ModelDescriptor descriptor, String label, ModelInput input, int runs)
            throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        float[] x = new MatteTranslator(descriptor).tensor(input);
        try (OrtSession.SessionOptions options = OrtSettings.sessionOptions(2)) {
            long t = System.nanoTime();
            try (OrtSession session = env.createSession(file.toString(), options);
                    OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), GraphCheck.expectedInput(descriptor).stream().mapToLong(Long::longValue).toArray())) {
                System.out.printf("%s session %d ms, %d outputs%n", label, (System.nanoTime() - t) / 1_000_000,
                        session.getOutputNames().size());
                for (int i = 0; i <= runs; i++) {
                    t = System.nanoTime();
                    try (OrtSession.Result result = session.run(Map.of(descriptor.input().name(), tensor))) {
                        System.out.printf("%s %s %d: %d ms%n", label, i == 0 ? "warm-up" : "run", i,
                                (System.nanoTime() - t) / 1_000_000);
                    }
                }
            }
        }
    }
}
