package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.JobOptionsParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The batch client against a stand-in gateway whose first answer to a submit is a 429 of its per-client limits. */
class ServerTargetBackoffTest {

    @Test
    void aSubmitRefusedByTheServersPerClientLimitsIsSentAgainAfterRetryAfterNotFailed() throws Exception {
        try (StandInGateway gateway = StandInGateway.start("{\"retentionSeconds\":60}", (exchange, n) -> {
            if (n == 1) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                StandInGateway.send(exchange, 429, "application/problem+json",
                        "{\"type\":\"urn:cutout:problem:rate-limited\",\"status\":429,\"code\":\"RATE_LIMITED\","
                                + "\"detail\":\"Too many submits from you\"}");
            } else {
                StandInGateway.accept(exchange);
            }
        })) {
            ServerTarget target = ServerTarget.connect(gateway.base(), Optional.empty());

            JobOutcome outcome = target.process(StandInGateway.PNG,
                    JobOptionsParser.fromFlags(option -> Optional.empty()));

            assertThat(outcome).isInstanceOf(JobOutcome.Done.class);
            assertThat(gateway.submits()).isEqualTo(2);
        }
    }
}
