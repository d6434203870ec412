package dev.cutout.engine.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A small synthetic model (shaped like U²-Net-p: one 1x3x320x320 input, output {@code matte}) and descriptor JSON for
 * it, for catalogue and installer tests here and in the command line's tests.
 */
public final class TestModels {

    private TestModels() {}

    public static byte[] onnx(String inputName) {
        return new SyntheticOnnx().initializer("conv.weight", 64)
                .input(inputName, 1L, 3L, 320L, 320L)
                .output("matte", "n", "c", "h", "w")
                .toBytes();
    }

    public static Path writeOnnx(Path dir, String fileName, String inputName) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(fileName), onnx(inputName));
    }

    /** A descriptor of {@code file} with input {@code input.1} and output {@code matte}; without a hash when empty. */
    public static String descriptor(String name, String file, Optional<String> sha256) {
        return """
                {
                  "name": "%s",
                  "file": "%s",
                  %s"runHere": false,
                  "licence": "Apache-2.0, for a test",
                  "input": {
                    "name": "input.1", "layout": "nchw", "size": { "side": 320 }, "colourOrder": "rgb",
                    "normalisation": { "divisor": 255, "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225] },
                    "resize": "stretch"
                  },
                  "output": { "name": "matte", "meaning": "probability", "minMaxNormalise": false }
                }
                """.formatted(name, file, sha256.map(s -> "\"sha256\": \"" + s + "\",\n  ").orElse(""));
    }

    public static Path writeDescriptor(Path dir, String fileName, String json) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(fileName), json);
    }
}
