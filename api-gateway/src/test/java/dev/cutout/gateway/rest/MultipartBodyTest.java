package dev.cutout.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartBodyTest {

    private static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, '-', '-', 'x', 13, 10};

    @Test
    void splitsFileAndFieldsKeepingTheFileBytesExact() {
        byte[] body = body("XyZ", part("model", null, "small".getBytes()), part("file", "holiday photo.png", IMAGE),
                part("quality", null, "true".getBytes()));

        MultipartBody form = MultipartBody.parse(body, "multipart/form-data; boundary=XyZ");

        assertThat(form.part("file")).hasValueSatisfying(file -> {
            assertThat(file.content()).containsExactly(IMAGE);
            assertThat(file.fileName()).contains("holiday photo.png");
        });
        assertThat(form.text("model")).contains("small");
        assertThat(form.text("quality")).contains("true");
        assertThat(form.part("background")).isEmpty();
    }

    @Test
    void acceptsAQuotedBoundary() {
        byte[] body = body("a b", part("file", "x.png", IMAGE));

        assertThat(MultipartBody.parse(body, "multipart/form-data; boundary=\"a b\"").part("file")).isPresent();
    }

    @Test
    void refusesAContentTypeWithoutBoundary() {
        assertThatThrownBy(() -> MultipartBody.parse(new byte[10], "multipart/form-data"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundary");
    }

    @Test
    void refusesABoundaryLongerThanRfc2046Allows() {
        String boundary = "b".repeat(71);
        byte[] body = body(boundary, part("file", "x.png", IMAGE));

        assertThatThrownBy(() -> MultipartBody.parse(body, "multipart/form-data; boundary=" + boundary))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than 70");
        assertThat(MultipartBody.parse(body(boundary.substring(1), part("file", "x.png", IMAGE)),
                "multipart/form-data; boundary=" + boundary.substring(1)).part("file")).isPresent();
    }

    @Test
    void aBodyOfNearMatchesIsScannedOnceNotOncePerCharacter() {
        // Was quadratic: every dash started a compare as long as the boundary. Now linear (ByteSearch).
        String boundary = "-".repeat(69) + "x";
        byte[] dashes = "-".repeat(4 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> MultipartBody.parse(dashes, "multipart/form-data; boundary=" + boundary))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no part");
    }

    @Test
    void refusesABodyCutOffInsideAPart() {
        byte[] body = body("XyZ", part("file", "x.png", IMAGE));
        byte[] truncated = java.util.Arrays.copyOf(body, body.length - 12);

        assertThatThrownBy(() -> MultipartBody.parse(truncated, "multipart/form-data; boundary=XyZ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut off");
    }

    private static byte[] part(String name, String fileName, byte[] content) {
        String headers = "Content-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: image/png")
                + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(headers.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] body(String boundary, byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(part);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
