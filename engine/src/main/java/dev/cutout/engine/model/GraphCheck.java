package dev.cutout.engine.model;

import dev.cutout.engine.model.ModelDescriptor.Layout;
import java.util.List;
import java.util.Optional;

/**
 * Checks a descriptor against the graph it describes before any session is opened, so a wrong descriptor
 * fails the start with one sentence (wrong input name, input shape, missing output) and never a job.
 */
final class GraphCheck {

    private static final int CHANNELS = 3;

    private GraphCheck() {}

    static void check(ModelDescriptor descriptor, OnnxGraph graph) {
        String file = descriptor.file();
        String inputName = descriptor.input().name();
        OnnxGraph.Value input = graph.input(inputName).orElseThrow(() -> new ModelUnavailableException(file
                + ": the descriptor names input '" + inputName + "' but the graph's inputs are " + graph.inputNames()));
        if (graph.inputs().size() != 1) {
            throw new ModelUnavailableException(file + ": the graph has inputs " + graph.inputNames()
                    + " but Cutout feeds only one, '" + inputName + "'");
        }
        List<Long> expected = expectedInput(descriptor);
        if (!fits(input.dims(), expected)) {
            throw new ModelUnavailableException(file + ": input '" + inputName + "' is " + input.shape()
                    + " in the graph but the descriptor expects " + expected + " (" + descriptor.input().layout() + ")");
        }
        String outputName = descriptor.output().name();
        OnnxGraph.Value output = graph.outputs().stream().filter(v -> v.name().equals(outputName)).findFirst()
                .orElseThrow(() -> new ModelUnavailableException(file + ": the descriptor names output '" + outputName
                        + "' but the graph's outputs are " + graph.outputNames()));
        long grid = descriptor.grid();
        if (!output.dims().isEmpty() && output.dims().stream().allMatch(Optional::isPresent)
                && output.dims().stream().mapToLong(Optional::get).reduce(1, (a, b) -> a * b) != grid * grid) {
            throw new ModelUnavailableException(file + ": output '" + outputName + "' is " + output.shape()
                    + " in the graph but the descriptor's " + grid + "x" + grid + " grid needs one value per cell");
        }
    }

    /** {@code [1, 3, side, side]} or {@code [1, side, side, 3]}. */
    static List<Long> expectedInput(ModelDescriptor descriptor) {
        long side = descriptor.grid();
        return descriptor.input().layout() == Layout.NCHW
                ? List.of(1L, (long) CHANNELS, side, side)
                : List.of(1L, side, side, (long) CHANNELS);
    }

    /** Symbolic dimensions fit anything; an undeclared shape is taken on trust. */
    private static boolean fits(List<Optional<Long>> dims, List<Long> expected) {
        if (dims.isEmpty()) {
            return true;
        }
        if (dims.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < dims.size(); i++) {
            if (dims.get(i).isPresent() && !dims.get(i).get().equals(expected.get(i))) {
                return false;
            }
        }
        return true;
    }
}
