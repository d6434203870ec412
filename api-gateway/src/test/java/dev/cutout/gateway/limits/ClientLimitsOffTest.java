package dev.cutout.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.cutout.image.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The test profile's off switch ({@code enabled=false}), as the one-process app ships: nothing is limited. */
@QuarkusTest
class ClientLimitsOffTest {

    @Inject
    ClientLimitsConfig config;

    @Test
    void switchedOffOneClientMaySubmitMoreJobsThanTheConcurrencyLimit() {
        assertThat(config.enabled()).isFalse();
        // Parked jobs never end: switched on, the last of these would be refused whatever the machine's speed.
        int submits = config.concurrentJobs() + 1;
        assertThat(submits).isLessThan(config.burst());

        for (int i = 0; i < submits; i++) {
            given().contentType("image/png").body(TestImages.png(8, 8)).post("/api/v1/jobs").then().statusCode(202);
        }
    }

    @Test
    void everySubmitDocumentsItsRefusalByALimit() {
        var api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        for (String path : new String[] {"'/api/v1/jobs'", "'/api/v1/jobs/{id}/refine'", "'/api/v1/remove-background'",
                "'/api/v1/batches'"}) {
            api.body("paths." + path + ".post.responses.'429'.content.'application/problem+json'.schema.$ref",
                    equalTo("#/components/schemas/Problem"));
        }
    }
}
