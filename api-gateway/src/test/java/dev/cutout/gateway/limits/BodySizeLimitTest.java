package dev.cutout.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.gateway.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} (1 MB in tests) is refused from its
 * headers: the 413 problem arrives although the client has sent only a few bytes of it, and the server then
 * closes the connection instead of waiting for (or reading) the rest.
 */
@QuarkusTest
@QuarkusTestResource(TestBroker.class)
class BodySizeLimitTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void aBodyDeclaredTooLargeIsRefusedBeforeItIsSentAndTheConnectionClosed() throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/jobs HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/png\r\n"
                    + "Content-Length: 50000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();

            String answer = readUntilClosed(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer).contains("\"code\":\"TOO_LARGE\"").contains("\"status\":413");
            assertThat(answer).containsIgnoringCase("x-content-type-options: nosniff");
        }
    }

    /** Everything the server sends until it closes the connection (a read timeout fails the test). */
    private static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        for (int n; (n = in.read(chunk)) >= 0; ) {
            all.write(chunk, 0, n);
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }
}
