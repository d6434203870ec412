package dev.cutout.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.ErrorCode;
import dev.cutout.gateway.TestBroker;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageException;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.hostile.HostileCorpus;
import dev.cutout.image.hostile.HostileFile;
import dev.cutout.image.hostile.HostileReport;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 16 §1 (b): every hostile corpus file posted to the submit endpoints of a gateway with the shipped
 * limits (no worker: accepted jobs park in TestBroker's queue). What the header probe refuses is a 4xx
 * problem+json with the probe's code, on the async and the sync endpoint alike; never a 5xx.
 */
@QuarkusTest
@QuarkusTestResource(TestBroker.class)
@TestProfile(HostileUploadTest.ShippedLimits.class)
class HostileUploadTest {

    private static final long MAX_BYTES = 26_214_400L;
    private static final double MAX_MEGAPIXELS = 50;
    private static final ImageDecoder PROBE = new ImageDecoder(ImageLimits.of(MAX_BYTES, MAX_MEGAPIXELS));
    private static final HostileReport REPORT = new HostileReport("gateway",
            "file", "expected at decoder", "POST /api/v1/jobs", "code", "POST /api/v1/remove-background");

    /** The production byte limits (the test profile's 200 KB would refuse the 1 MB deflate bombs unread). */
    public static class ShippedLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cutout-gateway.limits.max-bytes", Long.toString(MAX_BYTES),
                    "cutout-gateway.limits.max-megapixels", Double.toString(MAX_MEGAPIXELS),
                    "quarkus.http.limits.max-body-size", "26M");
        }
    }

    @AfterAll
    static void writeReport() {
        System.out.println("hostile corpus, gateway: " + REPORT.write());
    }

    @TestFactory
    Stream<DynamicTest> everyRefusalIsA4xxProblemWithTheProbesCodeAndEverythingElseIsQueued() {
        return HostileCorpus.files().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> {
            Optional<ErrorCode> refusal = probe(file);
            Response async = given().multiPart("file", file.name(), file.bytes(), file.claimedMediaType())
                    .when().post("/api/v1/jobs").andReturn();
            String sync = "-";
            if (refusal.isPresent()) {
                // Refused before queueing, so the sync endpoint answers at once (no worker needed).
                Response answer = given().contentType(file.claimedMediaType()).body(file.bytes())
                        .when().post("/api/v1/remove-background").andReturn();
                assertRefused(file, answer, refusal.get());
                sync = answer.statusCode() + " " + answer.path("code");
            }
            REPORT.row(file.name(), file.expected(), async.statusCode(),
                    async.statusCode() == 202 ? "queued" : async.path("code"), sync);
            if (refusal.isPresent()) {
                assertRefused(file, async, refusal.get());
            } else {
                // Refusals that need the pixels (a cut scan, a broken bitstream) are the worker's: a failed job (§1 c).
                assertThat(async.statusCode()).as("%s: %s", file, async.asString()).isEqualTo(202);
            }
        }));
    }

    private static void assertRefused(HostileFile file, Response answer, ErrorCode code) {
        assertThat(answer.statusCode()).as("%s: %s", file, answer.asString()).isBetween(400, 499);
        assertThat(answer.contentType()).as("%s", file).startsWith("application/problem+json");
        assertThat(answer.<String>path("code")).as("%s", file).isEqualTo(code.name());
        assertThat(answer.<String>path("detail")).as("%s", file).isNotBlank();
    }

    private static Optional<ErrorCode> probe(HostileFile file) {
        try {
            PROBE.probe(file.bytes());
            return Optional.empty();
        } catch (ImageException e) {
            return Optional.of(e.code());
        }
    }
}
