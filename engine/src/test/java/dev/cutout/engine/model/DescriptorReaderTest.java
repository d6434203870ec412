package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.engine.model.ModelDescriptor.ColourOrder;
import dev.cutout.engine.model.ModelDescriptor.Layout;
import dev.cutout.engine.model.ModelDescriptor.OutputMeaning;
import dev.cutout.engine.model.ModelDescriptor.ResizeMode;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescriptorReaderTest {

    /** A valid descriptor; each refusal test breaks one field of it. */
    private static final String VALID = """
            {
              "name": "u2netp", "file": "u2netp.onnx",
              "sha256": "309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8",
              "runHere": true, "licence": "Apache-2.0", "comment": "test",
              "input": {
                "name": "input.1", "layout": "nchw", "size": { "side": 320 }, "colourOrder": "rgb",
                "normalisation": { "divisor": "image-max", "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225] },
                "resize": "stretch"
              },
              "output": { "name": "1959", "meaning": "probability", "minMaxNormalise": true }
            }
            """;

    @Test
    void readsEveryFieldOfAValidDescriptor() {
        ModelDescriptor d = DescriptorReader.read("u2netp.json", VALID);

        assertThat(d.name()).isEqualTo("u2netp");
        assertThat(d.file()).isEqualTo("u2netp.onnx");
        assertThat(d.sha256()).contains("309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8");
        assertThat(d.runHere()).isTrue();
        assertThat(d.input().name()).isEqualTo("input.1");
        assertThat(d.input().layout()).isEqualTo(Layout.NCHW);
        assertThat(d.input().size()).isEqualTo(ModelDescriptor.Size.fixed(320));
        assertThat(d.input().colourOrder()).isEqualTo(ColourOrder.RGB);
        assertThat(d.input().normalisation().divisor().imageMax()).isTrue();
        assertThat(d.input().normalisation().mean()).containsExactly(0.485, 0.456, 0.406);
        assertThat(d.input().normalisation().std()).containsExactly(0.229, 0.224, 0.225);
        assertThat(d.input().resize()).isEqualTo(ResizeMode.STRETCH);
        assertThat(d.output().name()).isEqualTo("1959");
        assertThat(d.output().meaning()).isEqualTo(OutputMeaning.PROBABILITY);
        assertThat(d.output().minMaxNormalise()).isTrue();
        assertThat(d.grid()).isEqualTo(320);
        assertThat(d.outputOnlyFileName()).isEqualTo("u2netp.output-only.onnx");
    }

    @Test
    void readsARangeOfSidesWithAMultiple() {
        ModelDescriptor d = DescriptorReader.read("d.json",
                VALID.replace("{ \"side\": 320 }", "{ \"side\": 1024, \"min\": 256, \"max\": 2048, \"multiple\": 32 }"));

        assertThat(d.input().size()).isEqualTo(new ModelDescriptor.Size(1024, OptionalInt.of(256), OptionalInt.of(2048), 32));
        assertThat(d.input().size().isFixed()).isFalse();
    }

    @Test
    void everyBuiltInDescriptorReadsAndTheIsNetOnesAreTodaysPreprocessing() {
        assertThat(BuiltInDescriptors.all()).extracting(ModelDescriptor::name).containsExactlyElementsOf(BuiltInDescriptors.NAMES);
        assertThat(BuiltInDescriptors.all()).filteredOn(ModelDescriptor::runHere).extracting(ModelDescriptor::name)
                .containsExactly("small", "medium", "u2netp");
        assertThat(BuiltInDescriptors.all()).allSatisfy(d -> assertThat(d.comment()).isNotBlank());
        for (ModelVariant variant : ModelVariant.values()) {
            ModelDescriptor d = variant.descriptor();
            assertThat(d.file()).isEqualTo(variant.id() + ".onnx");
            assertThat(d.outputOnlyFileName()).isEqualTo(variant.id() + ".output-only.onnx");
            assertThat(d.grid()).isEqualTo(1024);
            assertThat(d.input().name()).isEqualTo("input");
            assertThat(d.input().normalisation().divisor().value()).isEqualTo(1.0);
            assertThat(d.input().normalisation().mean()).containsExactly(128.0, 128.0, 128.0);
            assertThat(d.input().normalisation().std()).containsExactly(256.0, 256.0, 256.0);
            assertThat(d.output()).isEqualTo(new ModelDescriptor.Output("output", OutputMeaning.PROBABILITY, false));
        }
        assertThat(ModelVariant.SMALL.sha256()).isEqualTo("7001d60734fdc112dd9c062635fb59cd401fb82a9d4213134bce4dbd655c803a");
        assertThat(ModelVariant.MEDIUM.sha256()).isEqualTo("b6e8497ba978a6f5fbb647e419d2696cd80df5a23cb6a8ea532021911bd76acb");
        assertThat(BuiltInDescriptors.get("birefnet-hr").grid()).isEqualTo(2048);
        assertThat(BuiltInDescriptors.get("birefnet-general").output().meaning()).isEqualTo(OutputMeaning.LOGITS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing input name      | "name": "input.1",                     |                                         | d.json: 'input.name' is missing
            bad layout              | "layout": "nchw"                       | "layout": "chw"                         | d.json: 'input.layout' must be one of [nchw, nhwc], got "chw"
            side not a number       | { "side": 320 }                        | { "side": "320px" }                     | d.json: 'input.size.side' must be a positive integer, got "320px"
            side outside its range  | { "side": 320 }                        | { "side": 320, "min": 512, "max": 1024, "multiple": 32 } | d.json: 'input.size' needs min <= side <= max, got min 512, side 320, max 1024
            side not a multiple     | { "side": 320 }                        | { "side": 320, "min": 256, "max": 1024, "multiple": 96 } | d.json: 'input.size.side' 320 is not a multiple of 'input.size.multiple' 96
            bad colour order        | "colourOrder": "rgb"                   | "colourOrder": "grey"                   | d.json: 'input.colourOrder' must be one of [rgb, bgr], got "grey"
            two means               | [0.485, 0.456, 0.406]                  | [0.485, 0.456]                          | d.json: 'input.normalisation.mean' must be 3 numbers, one per channel, got [0.485,0.456]
            zero std                | [0.229, 0.224, 0.225]                  | [0.229, 0, 0.225]                       | d.json: 'input.normalisation.std' must be 3 positive numbers, one per channel, got [0.229,0,0.225]
            bad divisor             | "divisor": "image-max"                 | "divisor": "max"                        | d.json: 'input.normalisation.divisor' must be a positive number or "image-max", got "max"
            bad resize              | "resize": "stretch"                    | "resize": "crop"                        | d.json: 'input.resize' must be one of [stretch, letterbox], got "crop"
            bad meaning             | "meaning": "probability"               | "meaning": "mask"                       | d.json: 'output.meaning' must be one of [probability, logits, alpha], got "mask"
            min-max not a boolean   | "minMaxNormalise": true                | "minMaxNormalise": "yes"                | d.json: 'output.minMaxNormalise' must be true or false, got "yes"
            short hash              | "sha256": "309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8" | "sha256": "309c"  | d.json: 'sha256' must be 64 lower-case hex digits, got "309c"
            hash missing when run   | "sha256": "309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8", | | d.json: 'sha256' is required when 'runHere' is true
            file with a folder      | "file": "u2netp.onnx"                  | "file": "../u2netp.onnx"                | d.json: 'file' must be a file name ending in .onnx, without a folder, got "../u2netp.onnx"
            misspelt field          | "licence"                              | "license"                               | d.json: unknown field 'license' (expected one of [comment, file, input, licence, name, output, runHere, sha256])
            misspelt nested field   | "minMaxNormalise"                      | "minmax"                                | d.json: unknown field 'output.minmax' (expected one of [meaning, minMaxNormalise, name])
            """)
    void refusesABadFieldWithOneSentenceNamingIt(String label, String from, String to, String message) {
        String json = VALID.replace(from.strip(), to == null ? "" : to.strip());
        assertThat(json).as("the test edits the descriptor").isNotEqualTo(VALID);

        assertThatThrownBy(() -> DescriptorReader.read("d.json", json))
                .isInstanceOf(InvalidDescriptorException.class)
                .hasMessage(message.strip())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> DescriptorReader.read("d.json", "{ \"name\": "))
                .isInstanceOf(InvalidDescriptorException.class)
                .hasMessageStartingWith("d.json: not valid JSON");
    }

    @Test
    void aDescriptorNotRunHereMayLackItsHash() {
        String json = VALID.replace("\"sha256\": \"309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8\",", "")
                .replace("\"runHere\": true", "\"runHere\": false");

        assertThat(DescriptorReader.read("d.json", json).sha256()).isEmpty();
        assertThat(List.of(BuiltInDescriptors.get("u2net"), BuiltInDescriptors.get("rmbg-1.4")))
                .allSatisfy(d -> assertThat(d.sha256()).isEmpty());
    }
}
