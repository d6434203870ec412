package dev.cutout.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.cutout.image.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InfoAndOpsTest {

    @Test
    void infoListsFormatsLimitsModelsAndRetention() {
        given().get("/api/v1/info").then().statusCode(200)
                .body("formats", hasItems("image/jpeg", "image/png", "image/webp"))
                .body("outputs", hasItems("image/png", "image/webp", "image/jpeg"))
                .body("limits.maxBytes", equalTo(200000)).body("limits.maxMegapixels", equalTo(50.0f))
                .body("models", hasItems("small", "medium")).body("retentionSeconds", equalTo(60));
    }

    @Test
    void openApiDocumentsEveryEndpointAndTheProblemSchema() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/jobs/{id}/result"))
                .body(containsString("/api/v1/remove-background"))
                .body(containsString("\"Problem\""));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void openApiDocumentsTheQualityReportAndItsResultHeaders() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.Quality.properties.doubt.enum",
                        hasItems("SUBJECT_MAY_BE_INCOMPLETE", "NO_CLEAR_SUBJECT"))
                .body("components.schemas.JobView.properties.quality", notNullValue())
                .body("paths.'/api/v1/jobs/{id}/result'.get.responses.'200'.headers.'Cutout-Quality'", notNullValue())
                .body("paths.'/api/v1/jobs/{id}/result'.get.responses.'200'.headers.'Cutout-Doubt'", notNullValue())
                .body("paths.'/api/v1/remove-background'.post.responses.'200'.headers.'Cutout-Quality'", notNullValue())
                .body("paths.'/api/v1/jobs/{id}'.get.responses.'200'.headers", nullValue());
    }

    @Test
    void openApiDocumentsTheApiKeysWhereTheFilterAsksForThem() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.apiKeyHeader.in", equalTo("header"))
                .body("components.securitySchemes.apiKeyHeader.name", equalTo("X-API-Key"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.apiKeyQuery.name", equalTo("api-key"))
                .body("paths.'/api/v1/jobs'.post.security.collect { it.keySet() }.flatten()",
                        contains("apiKeyHeader", "bearer"))
                .body("paths.'/api/v1/jobs'.post.responses.'401'", notNullValue())
                .body("paths.'/api/v1/jobs/{id}/events'.get.security.collect { it.keySet() }.flatten()",
                        hasItems("apiKeyHeader", "bearer", "apiKeyQuery"))
                .body("paths.'/api/v1/info'.get.security", nullValue())
                .body("paths.'/api/v1/info'.get.responses.'401'", nullValue());
    }

    @Test
    void readinessReportsTheBrokerConnection() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'job-broker' }.status", equalTo("UP"));
    }

    @Test
    void metricsCountSubmissionsAndRefusalsByCode() {
        given().contentType("image/png").body(TestImages.pngHeader(100_000, 100_000)).post("/api/v1/jobs")
                .then().statusCode(413);
        given().contentType("image/png").body(TestImages.png(8, 8)).post("/api/v1/jobs").then().statusCode(202);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("cutout_jobs_submitted_total"))
                .body(containsString("cutout_jobs_rejected_total{code=\"TOO_MANY_PIXELS\""))
                .body(containsString("cutout_sse_clients"))
                .body(containsString("cutout_jobs_queue_depth"));
    }
}
