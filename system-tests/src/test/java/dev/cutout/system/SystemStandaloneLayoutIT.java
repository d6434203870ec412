package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shop layout and formats in the one-process app ({@code ./cutout run}): the embedded mode wires them too. */
class SystemStandaloneLayoutIT {

    private ServiceProcess gateway;

    @BeforeEach
    void startGateway() {
        gateway = Services.standalone("standalone-layout", "small").awaitReady();
    }

    @AfterEach
    void stopGateway() {
        Services.stopAll(gateway);
    }

    @Test
    void theOneProcessAppLaysOutOnACanvasAndWritesJpeg() throws IOException {
        GatewayClient client = new GatewayClient(gateway);
        byte[] photo = Photos.scaledJpeg(Photos.PORTRAIT, 480);
        BufferedImage input = ImageIO.read(new ByteArrayInputStream(photo));

        String canvas = client.submitJob(photo, "image/jpeg", "shoe.jpg", "crop=subject&canvas=1000x1000&align=bottom");
        String jpeg = client.submitJob(photo, "image/jpeg", "shoe.jpg", "format=jpeg&jpeg-quality=80");
        JsonNode canvasStatus = client.awaitTerminal(canvas, Duration.ofSeconds(120));
        JsonNode jpegStatus = client.awaitTerminal(jpeg, Duration.ofSeconds(120));

        assertThat(canvasStatus.path("status").asText()).as(canvasStatus.toString()).isEqualTo("done");
        HttpResponse<byte[]> onCanvas = client.result(canvas);
        assertThat(onCanvas.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(onCanvas.body()));
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(png.getHeight()).isEqualTo(1000);
        assertThat(png.getRGB(0, 0) >>> 24).as("a transparent corner").isZero();

        assertThat(jpegStatus.path("status").asText()).as(jpegStatus.toString()).isEqualTo("done");
        HttpResponse<byte[]> asJpeg = client.result(jpeg);
        assertThat(asJpeg.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(asJpeg.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("filename=\"shoe_no_bg.jpg\""));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(asJpeg.body()));
        assertThat(decoded.getWidth()).isEqualTo(input.getWidth());
        assertThat(decoded.getHeight()).isEqualTo(input.getHeight());
    }
}
