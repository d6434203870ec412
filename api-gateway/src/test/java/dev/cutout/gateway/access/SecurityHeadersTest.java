package dev.cutout.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The default server: security headers on every kind of answer, CORS off, no key asked. */
@QuarkusTest
class SecurityHeadersTest {

    private static ValidatableResponse strict(ValidatableResponse response) {
        return response.header("Content-Security-Policy", equalTo(SecurityHeaders.STRICT_POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void everyKindOfAnswerCarriesTheStrictPolicy() {
        strict(given().get("/api/v1/info").then().statusCode(200).contentType("application/json"));
        strict(given().get("/").then().statusCode(200).contentType(containsString("text/html")));
        strict(given().get("/js/api.js").then().statusCode(200));
        strict(given().get("/css/cutout.css").then().statusCode(200));
        strict(given().get("/api/v1/jobs/no-such-job").then().statusCode(404).contentType("application/problem+json"));
        strict(given().get("/no-such-page").then().statusCode(404));
        strict(given().contentType("text/plain").body("x").post("/api/v1/jobs").then().statusCode(415)
                .contentType("application/problem+json"));
        strict(given().get("/q/health/ready").then());
        strict(given().get("/q/metrics").then().statusCode(200));
    }

    @Test
    void thePolicyForbidsInlineScriptsFramingAndOtherOrigins() {
        String policy = SecurityHeaders.STRICT_POLICY;
        assertThat(policy)
                .contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "object-src 'none'",
                        "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "img-src 'self' blob: data:")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void swaggerUiGetsAPolicyThatAllowsItsInlineScriptButNotFraming() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.SWAGGER_POLICY))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void corsIsOffByDefault() {
        given().header("Origin", "http://localhost:3000").get("/api/v1/info").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/jobs").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void noKeyConfiguredMeansTheApiIsOpenAndInfoSaysSo() {
        given().get("/api/v1/info").then().statusCode(200).body("apiKeyRequired", equalTo(false));
        given().get("/api/v1/jobs/no-such-job").then().statusCode(404);
    }
}
