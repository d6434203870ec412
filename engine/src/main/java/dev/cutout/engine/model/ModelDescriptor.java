package dev.cutout.engine.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything Cutout needs to know to run one background-removal ONNX file: which file it is, how a photo
 * becomes its input tensor and what its output means. Read from a small JSON file by {@link DescriptorReader};
 * the built-in ones are listed by {@link BuiltInDescriptors}.
 *
 * @param name the model's name in configuration, file names and messages, e.g. {@code medium}
 * @param file the original file's name in the model directory, e.g. {@code medium.onnx}
 * @param sha256 hex SHA-256 of that file; empty only in a descriptor not run here, whose file nobody here has hashed
 * @param input how the photo becomes the graph's input tensor
 * @param output which graph output holds the matte and what its values mean
 * @param licence the weights' licence, as text or a link
 * @param runHere whether this model has been run and checked here (descriptors written from published
 *                preprocessing alone say no until someone has the file)
 * @param comment where the values came from
 */
public record ModelDescriptor(String name, String file, Optional<String> sha256, Input input, Output output, String licence,
                              boolean runHere, String comment) {

    /** How a resized photo becomes the input tensor. */
    public record Input(String name, Layout layout, Size size, ColourOrder colourOrder, Normalisation normalisation,
                        ResizeMode resize) {}

    /** Which output holds the matte and what its values mean. */
    public record Output(String name, OutputMeaning meaning, boolean minMaxNormalise) {}

    /** Axis order of the input tensor (batch of one). */
    public enum Layout { NCHW, NHWC }

    /** Order of the colour channels the network was trained with. */
    public enum ColourOrder { RGB, BGR }

    /** How the photo is brought to the input's square side. */
    public enum ResizeMode { STRETCH, LETTERBOX }

    /** What the output's values are before Cutout turns them into alpha. */
    public enum OutputMeaning {
        /** Already a probability in 0..1 (the graph ends in a sigmoid). */
        PROBABILITY,
        /** Raw logits: Cutout applies the sigmoid. */
        LOGITS,
        /** A matte in 0..1 (a matting network's alpha). */
        ALPHA
    }

    /**
     * The square side Cutout runs the network at, and for graphs with a dynamic side the range it accepts.
     *
     * @param side the side of the grid Cutout feeds
     * @param min smallest side the graph accepts (empty for a fixed side)
     * @param max largest side the graph accepts (empty for a fixed side)
     * @param multiple the side must be a multiple of this (1 for a fixed side)
     */
    public record Size(int side, OptionalInt min, OptionalInt max, int multiple) {

        public static Size fixed(int side) {
            return new Size(side, OptionalInt.empty(), OptionalInt.empty(), 1);
        }

        public boolean isFixed() {
            return min.isEmpty();
        }
    }

    /**
     * Per channel, {@code x = (v / divisor - mean[c]) / std[c]} on the resized photo's 0..255 values, with
     * {@code divisor} a number or the grid's largest value (rembg's {@code im / np.max(im)}). Expresses both
     * imgly's ISNet ({@code (v - 128) / 256}: divisor 1, mean 128, std 256) and ImageNet statistics on 0..1
     * values (divisor 255 or the image maximum, mean 0.485/0.456/0.406, std 0.229/0.224/0.225) exactly.
     *
     * @param divisor what the 0..255 values are divided by first
     * @param mean per channel, in the descriptor's colour order
     * @param std per channel, in the descriptor's colour order
     */
    public record Normalisation(Divisor divisor, List<Double> mean, List<Double> std) {

        public Normalisation {
            mean = List.copyOf(mean);
            std = List.copyOf(std);
        }
    }

    /** What the 0..255 values are divided by before mean and std: a fixed number, or the grid's largest value. */
    public record Divisor(double value, boolean imageMax) {

        public static Divisor of(double value) {
            return new Divisor(value, false);
        }

        public static Divisor imageMaximum() {
            return new Divisor(Double.NaN, true);
        }
    }

    /** The side of the grid Cutout resizes photos to for this model. */
    public int grid() {
        return input.size().side();
    }

    /** The same descriptor with the grid fixed at {@code side} (tests on small grids). */
    public ModelDescriptor withGrid(int side) {
        Input in = new Input(input.name(), input.layout(), Size.fixed(side), input.colourOrder(), input.normalisation(),
                input.resize());
        return new ModelDescriptor(name, file, sha256, in, output, licence, runHere, comment);
    }

    /** The copy whose graph declares only the matte output, derived by {@link PrunedModelCache}. */
    public String outputOnlyFileName() {
        String stem = file.toLowerCase(Locale.ROOT).endsWith(".onnx") ? file.substring(0, file.length() - 5) : file;
        return stem + ".output-only.onnx";
    }
}
