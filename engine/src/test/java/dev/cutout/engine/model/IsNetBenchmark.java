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
 * RSS. Not a test: run one variant per JVM so VmHWM belongs to it, e.g.
 * {@code java -cp target/test-classes:target/classes:<deps> dev.cutout.engine.model.IsNetBenchmark medium 3 pruned}.
 */
public final class IsNetBenchmark {

    private IsNetBenchmark() {}

    public static void main(String[] args) throws Exception {
        ModelVariant variant = ModelVariant.valueOf(args[0].toUpperCase());
        int runs = Integer.parseInt(args[1]);
        String mode = args[2]; // original | pruned | model (the full MatteModel path through DJL)
        Path dir = CutoutEngine.modelDir(CutoutConfigLoader.load());
        int grid = variant.descriptor().grid();
        ModelInput input = GridImages.modelInput(Path.of(args.length > 3 ? args[3] : "../shared/eval/images/fg-car-2__bg-studio.png"), grid);
        if (mode.equals("model")) {
            try (MatteModel model = MatteModel.load(dir, variant, ExecutionDevice.CPU, 2, 1, true)) {
                System.out.println(variant.id() + " model load " + model.timings());
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    model.predict(input);
                    System.out.printf("%s model run %d: %d ms%n", variant.id(), i, (System.nanoTime() - t) / 1_000_000);
                }
            }
        } else {
            Path original = new ModelFiles(dir).verifiedOriginal(variant);
            Path file = mode.equals("pruned") ? PrunedModelCache.outputOnly(original, variant.descriptor()) : original;
            rawSession(file, variant.id() + " " + mode, input, runs);
        }
        System.out.println(variant.id() + " " + mode + " peak " + Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM n/a"));
    }

    /** Runs the session the way DJL does: asking for every declared output. */
    private static void rawSession(Path file, String label, ModelInput input, int runs) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        float[] x = new float[input.chw().length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (input.chw()[i] - 128f) / 256f;
        }
        try (OrtSession.SessionOptions options = OrtSettings.sessionOptions(2)) {
            long t = System.nanoTime();
            try (OrtSession session = env.createSession(file.toString(), options);
                    OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {1, 3, 1024, 1024})) {
                System.out.printf("%s session %d ms, %d outputs%n", label, (System.nanoTime() - t) / 1_000_000,
                        session.getOutputNames().size());
                for (int i = 0; i <= runs; i++) {
                    t = System.nanoTime();
                    try (OrtSession.Result result = session.run(Map.of("input", tensor))) {
                        System.out.printf("%s %s %d: %d ms%n", label, i == 0 ? "warm-up" : "run", i,
                                (System.nanoTime() - t) / 1_000_000);
                    }
                }
            }
        }
    }
}
