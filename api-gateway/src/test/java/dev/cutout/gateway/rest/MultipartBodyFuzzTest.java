package dev.cutout.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The gateway's own multipart parser under coverage-guided fuzzing (issue 16 §2). The fuzzer's bytes are
 * shaped into something close to a form — a boundary, parts with fuzzed headers and content, an optional
 * end, cut off anywhere — or taken raw, so the search reaches every branch of the parser. Any content type
 * and any body either parse or are refused with {@link IllegalArgumentException} (a 400 problem upstream):
 * never another exception, a hang, or a part larger than the body. A plain test run replays the seeds (and
 * any crash files) in {@code src/test/resources/.../MultipartBodyFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes for {@code maxDuration} ({@code ./cutout test} does, in the "fuzz" profile's execution).
 */
class MultipartBodyFuzzTest {

    private static final String[] FIELDS = {"file", "hints", "model", "output", "feather", "FILE"};

    /** A hang is a finding too: Jazzer turns this into a per-input time limit while fuzzing. */
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "25s")
    void anyBodyParsesOrIsRefusedAsMalformed(FuzzedDataProvider data) {
        String boundary = data.consumeString(90);
        String contentType = data.consumeBoolean()
                ? "multipart/form-data; boundary=" + (data.consumeBoolean() ? "\"" + boundary + "\"" : boundary)
                : data.consumeString(120);
        byte[] body = data.consumeBoolean() ? shaped(data, boundary) : data.consumeRemainingAsBytes();
        try {
            MultipartBody form = MultipartBody.parse(body, contentType);
            for (String name : FIELDS) {
                form.part(name.toLowerCase()).ifPresent(part -> {
                    assertThat(part.content().length).isLessThanOrEqualTo(body.length);
                    part.fileName().ifPresent(fileName -> assertThat(fileName.length()).isLessThanOrEqualTo(body.length));
                });
            }
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    /** Up to 8 parts around {@code boundary}, each with fuzzed headers (often a valid disposition) and content. */
    private static byte[] shaped(FuzzedDataProvider data, String boundary) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, data.consumeString(16)); // preamble
        int parts = data.consumeInt(0, 8);
        for (int i = 0; i < parts; i++) {
            write(body, "--" + boundary + (data.consumeBoolean() ? "\r\n" : data.consumeString(2)));
            String headers = data.consumeBoolean()
                    ? "Content-Disposition: form-data; name=\"" + FIELDS[data.consumeInt(0, FIELDS.length - 1)] + "\""
                            + (data.consumeBoolean() ? "; filename=\"" + data.consumeString(24) + "\"" : "")
                    : data.consumeString(64);
            write(body, headers + (data.consumeBoolean() ? "\r\n\r\n" : data.consumeString(4)));
            body.writeBytes(data.consumeBytes(data.consumeInt(0, 256)));
            write(body, "\r\n");
        }
        if (data.consumeBoolean()) {
            write(body, "--" + boundary + "--\r\n");
        }
        byte[] whole = body.toByteArray();
        int keep = data.consumeInt(0, whole.length);
        return java.util.Arrays.copyOf(whole, data.consumeBoolean() ? whole.length : keep);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
