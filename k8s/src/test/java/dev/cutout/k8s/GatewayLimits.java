package dev.cutout.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The gateway's HTTP body limit as its application.properties sets it (Quarkus MemorySize: 26M = 26 MiB). */
final class GatewayLimits {

    private static final String MAX_BODY = "quarkus.http.limits.max-body-size";

    private GatewayLimits() {
    }

    static long maxBodyBytes() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("cutout.gateway.properties")))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String size = properties.getProperty(MAX_BODY);
        return ByteSize.parse(size).orElseThrow(() -> new IllegalStateException(MAX_BODY + " is not a size: " + size));
    }
}
