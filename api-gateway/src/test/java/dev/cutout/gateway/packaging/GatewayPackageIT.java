package dev.cutout.gateway.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packaged gateway (what its container image and native build hold) carries no model runtime. */
class GatewayPackageIT {

    private static final Path APP = Path.of(System.getProperty("cutout.gateway.app-dir", "target/quarkus-app"));

    @Test
    void thePackagedGatewayHasNoOnnxRuntimeDjlOrEngineJar() throws IOException {
        List<String> jars = jarsUnder(APP.resolve("lib"));

        assertThat(jars).as("the gateway's lib folder").isNotEmpty()
                .anySatisfy(jar -> assertThat(jar).startsWith("com.rabbitmq.amqp-client"))
                .noneSatisfy(jar -> assertThat(jar).contains("onnxruntime"))
                .noneSatisfy(jar -> assertThat(jar).startsWith("ai.djl"))
                .noneSatisfy(jar -> assertThat(jar).startsWith("dev.cutout.engine"));
    }

    private static List<String> jarsUnder(Path lib) throws IOException {
        try (Stream<Path> files = Files.walk(lib)) {
            return files.filter(file -> file.toString().endsWith(".jar"))
                    .map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
