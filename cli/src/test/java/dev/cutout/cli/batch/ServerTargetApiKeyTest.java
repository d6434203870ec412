package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.contract.JobOptionsParser;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch client against a stand-in gateway that requires a key and records the key of every request. */
class ServerTargetApiKeyTest {

    private StandInGateway gateway;

    @BeforeEach
    void start() throws IOException {
        gateway = StandInGateway.start("{\"retentionSeconds\":60,\"apiKeyRequired\":true}",
                (exchange, n) -> StandInGateway.accept(exchange));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void sendsTheKeyAsXApiKeyOnEveryJobCall() throws Exception {
        ServerTarget target = ServerTarget.connect(gateway.base(), Optional.of("shop-key"));
        JobOutcome outcome = target.process(StandInGateway.PNG, JobOptionsParser.fromFlags(option -> Optional.empty()));

        assertThat(outcome).isInstanceOf(JobOutcome.Done.class);
        assertThat(gateway.seen()).contains("POST /api/v1/jobs shop-key", "GET /api/v1/jobs/j1 shop-key",
                "GET /api/v1/jobs/j1/result shop-key", "DELETE /api/v1/jobs/j1 shop-key");
    }

    @Test
    void aServerThatNeedsAKeyIsRefusedUpFrontWithoutOne() {
        assertThatThrownBy(() -> ServerTarget.connect(gateway.base(), Optional.empty()))
                .isInstanceOf(IOException.class).hasMessageContaining(ServerTarget.API_KEY_ENV);
    }
}
