package dev.cutout.engine.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutout.engine.model.ModelDescriptor.ColourOrder;
import dev.cutout.engine.model.ModelDescriptor.Divisor;
import dev.cutout.engine.model.ModelDescriptor.Input;
import dev.cutout.engine.model.ModelDescriptor.Layout;
import dev.cutout.engine.model.ModelDescriptor.Normalisation;
import dev.cutout.engine.model.ModelDescriptor.Output;
import dev.cutout.engine.model.ModelDescriptor.OutputMeaning;
import dev.cutout.engine.model.ModelDescriptor.ResizeMode;
import dev.cutout.engine.model.ModelDescriptor.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a model descriptor from JSON and refuses a bad one with one sentence that names the source and the
 * field ({@code u2netp.json: 'input.size.side' must be a positive integer, got "320px"}). Unknown fields are
 * refused too, so a misspelt one does not silently fall back to nothing.
 */
public final class DescriptorReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> TOP = Set.of("name", "file", "sha256", "input", "output", "licence", "runHere",
            "comment");
    private static final Set<String> INPUT = Set.of("name", "layout", "size", "colourOrder", "normalisation",
            "resize");
    private static final Set<String> SIZE = Set.of("side", "min", "max", "multiple");
    private static final Set<String> NORMALISATION = Set.of("divisor", "mean", "std");
    private static final Set<String> OUTPUT = Set.of("name", "meaning", "minMaxNormalise");
    private static final String IMAGE_MAX = "image-max";

    private final String source;

    private DescriptorReader(String source) {
        this.source = source;
    }

    /** Reads the descriptor file at {@code path}. */
    public static ModelDescriptor read(Path path) {
        try {
            return read(path.getFileName().toString(), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model descriptor " + path, e);
        }
    }

    /** Reads a descriptor from its JSON text; {@code source} names it in error messages. */
    public static ModelDescriptor read(String source, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidDescriptorException(source + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        return new DescriptorReader(source).descriptor(root);
    }

    private ModelDescriptor descriptor(JsonNode root) {
        object(root, "", TOP);
        String name = matching(root, "name", NAME, "a lower-case name of letters, digits, '.', '_' or '-'");
        String file = text(root, "file");
        if (file.contains("/") || file.contains("\\") || !file.toLowerCase(Locale.ROOT).endsWith(".onnx")) {
            throw invalid("file", "must be a file name ending in .onnx, without a folder", root.get("file"));
        }
        boolean runHere = bool(root, "runHere");
        Optional<String> sha256 = root.has("sha256")
                ? Optional.of(matching(root, "sha256", SHA256, "64 lower-case hex digits"))
                : Optional.empty();
        if (runHere && sha256.isEmpty()) {
            throw new InvalidDescriptorException(source + ": 'sha256' is required when 'runHere' is true");
        }
        return new ModelDescriptor(name, file, sha256, input(required(root, "input")),
                output(required(root, "output")), text(root, "licence"), runHere,
                root.has("comment") ? text(root, "comment") : "");
    }

    private Input input(JsonNode input) {
        object(input, "input", INPUT);
        Size size = size(required(input, "input.size"));
        ColourOrder order = choice(input, "input.colourOrder", ColourOrder.class);
        return new Input(text(input, "input.name"), choice(input, "input.layout", Layout.class), size, order,
                normalisation(required(input, "input.normalisation")), choice(input, "input.resize", ResizeMode.class));
    }

    private Size size(JsonNode size) {
        object(size, "input.size", SIZE);
        int side = positiveInt(size, "input.size.side");
        if (!size.has("min") && !size.has("max") && !size.has("multiple")) {
            return Size.fixed(side);
        }
        int min = positiveInt(size, "input.size.min");
        int max = positiveInt(size, "input.size.max");
        int multiple = positiveInt(size, "input.size.multiple");
        if (min > max || side < min || side > max) {
            throw new InvalidDescriptorException(source + ": 'input.size' needs min <= side <= max, got min " + min
                    + ", side " + side + ", max " + max);
        }
        if (side % multiple != 0) {
            throw new InvalidDescriptorException(source + ": 'input.size.side' " + side
                    + " is not a multiple of 'input.size.multiple' " + multiple);
        }
        return new Size(side, OptionalInt.of(min), OptionalInt.of(max), multiple);
    }

    private Normalisation normalisation(JsonNode n) {
        object(n, "input.normalisation", NORMALISATION);
        JsonNode divisor = required(n, "input.normalisation.divisor");
        Divisor d;
        if (divisor.isTextual() && divisor.asText().equals(IMAGE_MAX)) {
            d = Divisor.imageMaximum();
        } else if (divisor.isNumber() && divisor.asDouble() > 0) {
            d = Divisor.of(divisor.asDouble());
        } else {
            throw invalid("input.normalisation.divisor", "must be a positive number or \"" + IMAGE_MAX + "\"", divisor);
        }
        List<Double> mean = triple(n, "input.normalisation.mean", false);
        List<Double> std = triple(n, "input.normalisation.std", true);
        return new Normalisation(d, mean, std);
    }

    private List<Double> triple(JsonNode parent, String path, boolean positive) {
        JsonNode node = required(parent, path);
        String rule = positive ? "must be 3 positive numbers, one per channel" : "must be 3 numbers, one per channel";
        if (!node.isArray() || node.size() != 3) {
            throw invalid(path, rule, node);
        }
        List<Double> values = new ArrayList<>(3);
        for (JsonNode v : node) {
            if (!v.isNumber() || (positive && v.asDouble() <= 0)) {
                throw invalid(path, rule, node);
            }
            values.add(v.asDouble());
        }
        return values;
    }

    private Output output(JsonNode output) {
        object(output, "output", OUTPUT);
        return new Output(text(output, "output.name"), choice(output, "output.meaning", OutputMeaning.class),
                bool(output, "output.minMaxNormalise"));
    }

    // --- field access: each names the full path of the field in its message ---

    private void object(JsonNode node, String path, Set<String> allowed) {
        if (!node.isObject()) {
            throw invalid(path.isEmpty() ? "(top level)" : path, "must be a JSON object", node);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                String full = path.isEmpty() ? field : path + "." + field;
                throw new InvalidDescriptorException(source + ": unknown field '" + full + "' (expected one of "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private JsonNode required(JsonNode parent, String path) {
        JsonNode node = parent.get(leaf(path));
        if (node == null || node.isNull()) {
            throw new InvalidDescriptorException(source + ": '" + path + "' is missing");
        }
        return node;
    }

    private String text(JsonNode parent, String path) {
        JsonNode node = required(parent, path);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw invalid(path, "must be a non-empty string", node);
        }
        return node.asText();
    }

    private String matching(JsonNode parent, String path, Pattern pattern, String rule) {
        String value = text(parent, path);
        if (!pattern.matcher(value).matches()) {
            throw invalid(path, "must be " + rule, parent.get(leaf(path)));
        }
        return value;
    }

    private boolean bool(JsonNode parent, String path) {
        JsonNode node = required(parent, path);
        if (!node.isBoolean()) {
            throw invalid(path, "must be true or false", node);
        }
        return node.asBoolean();
    }

    private int positiveInt(JsonNode parent, String path) {
        JsonNode node = required(parent, path);
        if (!node.isInt() || node.asInt() <= 0) {
            throw invalid(path, "must be a positive integer", node);
        }
        return node.asInt();
    }

    /** An enum constant, written in the JSON in lower case ({@code "stretch"}, {@code "nchw"} or {@code "NCHW"}). */
    private <E extends Enum<E>> E choice(JsonNode parent, String path, Class<E> type) {
        JsonNode node = required(parent, path);
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
            if (node.isTextual() && constant.name().equalsIgnoreCase(node.asText())) {
                return constant;
            }
        }
        throw invalid(path, "must be one of " + names, node);
    }

    private InvalidDescriptorException invalid(String path, String rule, JsonNode got) {
        return new InvalidDescriptorException(source + ": '" + path + "' " + rule + ", got " + got);
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
