package dev.cutout.contract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a refine job travels: the body is the photo, the previous result and the hint mask one after
 * the other, header {@value Topology#HEADER_REFINE} = {@code photo=N;previous=M;hints=K} gives their
 * byte lengths (K may be 0), {@value Topology#HEADER_FEATHER} and {@value Topology#HEADER_SHIFT} the
 * edge controls. A job without that header is a plain job whose body is the photo.
 */
public final class RefineParts {

    private static final Pattern LENGTHS = Pattern.compile("photo=(\\d{1,10});previous=(\\d{1,10});hints=(\\d{1,10})");

    private RefineParts() {
    }

    /** The body of a job with {@code input}; the photo itself when it is not a refine. */
    public static byte[] body(JobInput input) {
        if (input.refinement().isEmpty()) {
            return input.image();
        }
        Refinement r = input.refinement().get();
        byte[] hints = r.hints().orElse(new byte[0]);
        byte[] body = new byte[Math.addExact(Math.addExact(input.image().length, r.previous().length), hints.length)];
        System.arraycopy(input.image(), 0, body, 0, input.image().length);
        System.arraycopy(r.previous(), 0, body, input.image().length, r.previous().length);
        System.arraycopy(hints, 0, body, input.image().length + r.previous().length, hints.length);
        return body;
    }

    /** The headers that say a body is a refine's (none for a plain job). */
    public static Map<String, Object> headers(JobInput input) {
        Map<String, Object> headers = new HashMap<>();
        input.refinement().ifPresent(r -> {
            headers.put(Topology.HEADER_REFINE, "photo=" + input.image().length + ";previous=" + r.previous().length
                    + ";hints=" + r.hints().map(h -> h.length).orElse(0));
            headers.put(Topology.HEADER_FEATHER, r.feather());
            headers.put(Topology.HEADER_SHIFT, r.shift());
        });
        return headers;
    }

    /**
     * The input of a job from its headers and body, as any AMQP client may send them.
     *
     * @throws InvalidOptionsException naming the header when the lengths or controls cannot be read
     */
    public static JobInput read(Map<String, ?> headers, byte[] body) {
        Optional<String> lengths = JobHeaders.text(headers, Topology.HEADER_REFINE);
        if (lengths.isEmpty()) {
            return JobInput.photo(body);
        }
        Matcher m = LENGTHS.matcher(lengths.get().trim());
        if (!m.matches()) {
            throw new InvalidOptionsException("Header " + Topology.HEADER_REFINE
                    + " must read photo=N;previous=M;hints=K, not '" + lengths.get() + "'");
        }
        long photo = Long.parseLong(m.group(1));
        long previous = Long.parseLong(m.group(2));
        long hints = Long.parseLong(m.group(3));
        if (photo == 0 || previous == 0 || photo + previous + hints != body.length) {
            throw new InvalidOptionsException("Header " + Topology.HEADER_REFINE + " gives " + (photo + previous + hints)
                    + " bytes (photo and previous result not empty) for a body of " + body.length);
        }
        int p = (int) photo;
        int q = (int) (photo + previous);
        Optional<byte[]> mask = hints == 0 ? Optional.empty() : Optional.of(Arrays.copyOfRange(body, q, body.length));
        Refinement refinement = new Refinement(Arrays.copyOfRange(body, p, q), mask,
                integer(headers, Topology.HEADER_FEATHER), integer(headers, Topology.HEADER_SHIFT));
        return new JobInput(Arrays.copyOfRange(body, 0, p), Optional.of(refinement));
    }

    private static int integer(Map<String, ?> headers, String name) {
        Optional<String> text = JobHeaders.text(headers, name);
        try {
            return text.map(String::trim).map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException("Header " + name + " must be a whole number of px, not '" + text.get() + "'");
        }
    }
}
