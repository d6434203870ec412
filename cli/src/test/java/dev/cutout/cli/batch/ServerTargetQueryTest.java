package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.JobOption;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobOptionsParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServerTargetQueryTest {

    @Test
    void sendsEveryOptionTheGatewayReadsBackAsTheSameJob() {
        Map<String, String> flags = Map.of("crop", "subject", "margin", "5%", "format", "webp", "model", "small");
        JobOptions asked = JobOptionsParser.fromFlags(option -> Optional.ofNullable(flags.get(option.field())));

        Map<String, String> query = Arrays.stream(ServerTarget.query(asked).split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        JobOptions received = JobOptionsParser.fromFields(option -> Optional.ofNullable(query.get(option.field())));

        assertThat(received).isEqualTo(asked);
        assertThat(query).containsEntry(JobOption.FORMAT.field(), "webp").containsEntry(JobOption.CROP.field(), "subject");
    }
}
