package dev.cutout.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.JobInput;
import dev.cutout.contract.JobMessage;
import dev.cutout.contract.Refinement;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.image.PngWriter;
import dev.cutout.image.RgbaImage;
import dev.cutout.image.TestImages;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** POST /api/v1/jobs/{id}/refine: the earlier result travels with the new job; bad hints are problems. */
@QuarkusTest
class JobRefineTest {

    private static final PngWriter PNG = new PngWriter();
    private static final byte[] PHOTO = TestImages.png(40, 20);
    /** The earlier job's cut-out: RGBA at the photo's size. */
    private static final byte[] CUTOUT = PNG.rgba(new RgbaImage(40, 20, new int[800], true));
    private static final byte[] HINTS = hints(20, 10, 0xFF00FF00);

    private static byte[] hints(int w, int h, int colour) {
        int[] argb = new int[w * h];
        argb[argb.length / 2] = colour;
        return PNG.rgba(new RgbaImage(w, h, argb, true));
    }

    private static String submit() {
        return given().multiPart("file", "cat.png", PHOTO, "image/png").multiPart("output", "mask")
                .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id");
    }

    /** A finished job whose result is {@code result}. */
    private static String done(FakeWorker worker, byte[] result) throws Exception {
        String id = submit();
        worker.finish(worker.take(id), result);
        return id;
    }

    private static RequestSpecification refine(byte[] photo) {
        return given().multiPart("file", "cat.png", photo, "image/png");
    }

    @Test
    void queuesANewJobCarryingThePhotoTheEarlierResultTheHintsAndTheControls() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String earlier = done(worker, CUTOUT);

            var answer = refine(PHOTO).multiPart("hints", "hints.png", HINTS, "image/png")
                    .multiPart("feather", "3").multiPart("shift", "-2").multiPart("output", "mask")
                    .when().post("/api/v1/jobs/" + earlier + "/refine").then().statusCode(202)
                    .body("status", equalTo("queued")).extract();
            String id = answer.path("id");
            assertThat(answer.header("Location")).endsWith("/api/v1/jobs/" + id);

            assertThat(id).isNotEqualTo(earlier);
            GetResponse job = worker.take(id);
            JobMessage message = FakeWorker.read(job);
            assertThat(message.options().output().name()).isEqualTo("MASK");
            assertThat(message.fileName()).contains("cat");
            JobInput input = message.input(job.getBody());
            assertThat(input.image()).isEqualTo(PHOTO);
            Refinement refinement = input.refinement().orElseThrow();
            assertThat(refinement.previous()).isEqualTo(CUTOUT);
            assertThat(refinement.hints()).hasValueSatisfying(h -> assertThat(h).isEqualTo(HINTS));
            assertThat(refinement.feather()).isEqualTo(3);
            assertThat(refinement.shift()).isEqualTo(-2);

            worker.finish(job, CUTOUT);
            given().get("/api/v1/jobs/" + id).then().statusCode(200).body("status", equalTo("done"));
            given().get("/api/v1/jobs/" + earlier + "/result").then().statusCode(200);
        }
    }

    @Test
    void edgeControlsAloneAreARefineAndAMaskResultRefinesItsGrey() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String earlier = done(worker, PNG.grey(40, 20, new byte[800]));

            String id = refine(PHOTO).multiPart("feather", "5")
                    .when().post("/api/v1/jobs/" + earlier + "/refine").then().statusCode(202).extract().path("id");

            GetResponse job = worker.take(id);
            Refinement refinement = FakeWorker.read(job).input(job.getBody()).refinement().orElseThrow();
            assertThat(refinement.hints()).isEmpty();
            assertThat(refinement.feather()).isEqualTo(5);
        }
    }

    @Test
    void refusesHintsOfAnotherRatioNotAnImageOrWithNothingToDoAs422() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String earlier = done(worker, CUTOUT);
            String path = "/api/v1/jobs/" + earlier + "/refine";

            refine(PHOTO).multiPart("hints", "hints.png", hints(30, 30, 0xFF00FF00), "image/png")
                    .when().post(path).then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:cutout:problem:invalid-hints")).body("code", equalTo("INVALID_HINTS"))
                    .body("detail", containsString("aspect ratio"));
            refine(PHOTO).multiPart("hints", "hints.png", "<svg/>".getBytes(), "image/svg+xml")
                    .when().post(path).then().statusCode(422).body("detail", containsString("cannot be read"));
            refine(PHOTO).multiPart("hints", "hints.png", hints(20, 10, 0x80808080), "image/png")
                    .when().post(path).then().statusCode(422).body("detail", containsString("nothing to refine"));
            refine(PHOTO).when().post(path).then().statusCode(422).body("detail", containsString("nothing to refine"));
            refine(TestImages.png(30, 30)).multiPart("feather", "2")
                    .when().post(path).then().statusCode(422).body("detail", containsString("send the photo the job was made from"));
        }
    }

    @Test
    void refusesControlsOutOfRangeAs400() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String path = "/api/v1/jobs/" + done(worker, CUTOUT) + "/refine";

            refine(PHOTO).multiPart("feather", "51").when().post(path).then().statusCode(400)
                    .body("code", equalTo("INVALID_OPTIONS")).body("detail", containsString("feather"));
            refine(PHOTO).multiPart("shift", "wide").when().post(path).then().statusCode(400)
                    .body("detail", containsString("'shift'"));
        }
    }

    @Test
    void answersConflictWhileTheJobRunsAndWhenItsResultHasNoAlpha() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String running = submit();
            worker.take(running);
            refine(PHOTO).multiPart("feather", "2").when().post("/api/v1/jobs/" + running + "/refine").then()
                    .statusCode(409).body("type", equalTo("urn:cutout:problem:job-not-ready"));

            String flat = done(worker, TestImages.png(40, 20));
            refine(PHOTO).multiPart("feather", "2").when().post("/api/v1/jobs/" + flat + "/refine").then()
                    .statusCode(409).body("type", equalTo("urn:cutout:problem:no-alpha"))
                    .body("detail", containsString("output=cutout"));
        }
    }

    @Test
    void answersNotFoundForAnUnknownJob() {
        refine(PHOTO).multiPart("feather", "2").when().post("/api/v1/jobs/nope/refine").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
