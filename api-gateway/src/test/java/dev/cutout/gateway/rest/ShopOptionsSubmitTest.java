package dev.cutout.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.Alignment;
import dev.cutout.contract.Canvas;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.Layout;
import dev.cutout.contract.Margin;
import dev.cutout.contract.OutputFormat;
import dev.cutout.contract.ResultFormat;
import dev.cutout.contract.Topology;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.gateway.TestBroker;
import dev.cutout.image.TestImages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shop layout and format options at submit, and the result's type and name by its format. */
@QuarkusTest
@QuarkusTestResource(TestBroker.class)
class ShopOptionsSubmitTest {

    @Test
    void queuesTheLayoutAndFormatOfAMultipartUploadAsJobHeaders() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = given().multiPart("file", "shoe.png", TestImages.png(40, 30), "image/png")
                    .multiPart("crop", "subject").multiPart("margin", "5%").multiPart("canvas", "2000x2000")
                    .multiPart("align", "bottom").multiPart("format", "jpeg").multiPart("jpeg-quality", "80")
                    .when().post("/api/v1/jobs")
                    .then().statusCode(202).extract().path("id");
            GetResponse job = worker.take(id);
            JobOptions options = FakeWorker.read(job).options();
            assertThat(options.layout()).isEqualTo(new Layout(true, Margin.percent(5),
                    Optional.of(new Canvas(2000, 2000, Alignment.BOTTOM))));
            assertThat(options.format()).isEqualTo(ResultFormat.jpeg(80));
            assertThat(job.getProps().getHeaders()).containsKeys(Topology.HEADER_CANVAS, Topology.HEADER_ALIGN,
                    Topology.HEADER_FORMAT, Topology.HEADER_JPEG_QUALITY);
        }
    }

    @Test
    void readsTheShopOptionsOfARawBodyFromQueryParameters() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = given().contentType("image/png").body(TestImages.png(20, 20))
                    .queryParam("crop", "subject").queryParam("margin", "40px").queryParam("format", "webp")
                    .when().post("/api/v1/jobs")
                    .then().statusCode(202).extract().path("id");
            JobOptions options = FakeWorker.read(worker.take(id)).options();
            assertThat(options.layout()).isEqualTo(new Layout(true, Margin.pixels(40), Optional.empty()));
            assertThat(options.format().format()).isEqualTo(OutputFormat.WEBP);
        }
    }

    @Test
    void refusesACanvasOverThePixelLimitAs413BeforeQueueing() {
        given().contentType("image/png").body(TestImages.png(20, 20)).queryParam("canvas", "10000x10000")
                .when().post("/api/v1/jobs")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("TOO_MANY_PIXELS")).body("detail", containsString("10000x10000"));
    }

    @Test
    void refusesABadMarginAs400NamingTheField() {
        given().multiPart("file", "a.png", TestImages.png(8, 8), "image/png").multiPart("crop", "subject")
                .multiPart("margin", "lots")
                .when().post("/api/v1/jobs")
                .then().statusCode(400).body("code", equalTo("INVALID_OPTIONS"))
                .body("detail", containsString("Option 'margin' must be a percentage like 5%"));
    }

    @Test
    void refusesAnAlignmentWithoutACanvasAs400() {
        given().contentType("image/png").body(TestImages.png(8, 8)).queryParam("align", "bottom")
                .when().post("/api/v1/jobs")
                .then().statusCode(400).body("detail", containsString("Option 'align' needs a canvas"));
    }

    @Test
    void aJpegResultIsServedAsImageJpegNamedDotJpg() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        try (FakeWorker worker = new FakeWorker()) {
            String id = given().multiPart("file", "red shoe.png", TestImages.png(16, 16), "image/png")
                    .multiPart("format", "jpeg")
                    .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id");
            worker.finish(worker.take(id), jpeg, OutputFormat.JPEG);
            byte[] body = given().get("/api/v1/jobs/" + id + "/result").then().statusCode(200)
                    .contentType("image/jpeg")
                    .header("Content-Disposition", "attachment; filename=\"red_shoe_no_bg.jpg\"")
                    .extract().asByteArray();
            assertThat(body).isEqualTo(jpeg);
        }
    }

    @Test
    void refusesToRefineAJpegResultAs409NoAlpha() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = given().multiPart("file", "shoe.png", TestImages.png(16, 16), "image/png")
                    .multiPart("format", "jpeg")
                    .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id");
            worker.finish(worker.take(id), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, OutputFormat.JPEG);
            given().multiPart("file", "shoe.png", TestImages.png(16, 16), "image/png").multiPart("feather", "2")
                    .when().post("/api/v1/jobs/" + id + "/refine")
                    .then().statusCode(409).body("type", equalTo("urn:cutout:problem:no-alpha"))
                    .body("detail", containsString("format=png"));
        }
    }

    @Test
    void aWebpResultIsServedAsImageWebpNamedDotWebp() throws Exception {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8L".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (FakeWorker worker = new FakeWorker()) {
            String id = given().multiPart("file", "shoe.png", TestImages.png(16, 16), "image/png")
                    .multiPart("format", "webp")
                    .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id");
            worker.finish(worker.take(id), webp, OutputFormat.WEBP);
            given().get("/api/v1/jobs/" + id + "/result").then().statusCode(200).contentType("image/webp")
                    .header("Content-Disposition", "attachment; filename=\"shoe_no_bg.webp\"");
        }
    }
}
