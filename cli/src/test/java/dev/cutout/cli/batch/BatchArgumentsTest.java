package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.contract.OutputKind;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchArgumentsTest {

    @Test
    void readsTheTargetTheJobsAndTheJobOptionsAsRemoveReadsThem() {
        BatchArguments arguments = BatchArguments.parse("./photos", "-o", "./out", "--server", "http://gateway.example.org:8080",
                "--jobs", "3", "--model", "small", "--background", "#00ff00", "--careful");

        assertThat(arguments.input()).isEqualTo(Path.of("./photos"));
        assertThat(arguments.output()).isEqualTo(Path.of("./out"));
        assertThat(arguments.target()).isEqualTo(new Target.Server(URI.create("http://gateway.example.org:8080")));
        assertThat(arguments.jobs()).hasValue(3);
        assertThat(BatchCommand.options(arguments).model()).hasValue("small");
        assertThat(BatchCommand.options(arguments).output()).isEqualTo(OutputKind.BACKGROUND);
        assertThat(BatchCommand.options(arguments).background()).isEqualTo(0x00FF00);
        assertThat(BatchCommand.options(arguments).quality()).isTrue();
    }

    @Test
    void aBrokerUrlMayNameAVirtualHostAndNoTargetMeansTheEngineInProcess() {
        assertThat(BatchArguments.parse("p", "-o", "o", "--broker", "amqp://u:p@mq:5672/shop").target())
                .isEqualTo(new Target.Broker(URI.create("amqp://u:p@mq:5672/shop")));
        assertThat(BatchArguments.parse("p", "-o", "o").target()).isInstanceOf(Target.InProcess.class);
    }

    @Test
    void refusesTwoTargetsAMissingOutputFolderAndJobsBelowOne() {
        assertThatThrownBy(() -> BatchArguments.parse("p", "-o", "o", "--server", "http://a.example.org", "--broker", "amqp://b"))
                .hasMessageContaining("one of --server and --broker");
        assertThatThrownBy(() -> BatchArguments.parse("p")).hasMessageContaining("-o");
        assertThatThrownBy(() -> BatchArguments.parse("p", "-o", "o", "--jobs", "0")).hasMessageContaining("--jobs");
        assertThatThrownBy(() -> BatchArguments.parse("p", "-o", "o", "--server", "ftp://x"))
                .hasMessageContaining("--server");
    }

    @Test
    void inProcessAnyCatalogueModelIsConfigurationThroughAServiceOnlyTheContractsModels() {
        BatchArguments inProcess = BatchArguments.parse("p", "-o", "o", "--model", "u2netp");

        assertThat(BatchCommand.options(inProcess).model()).isEmpty();
        assertThat(OptionsFingerprint.of(BatchCommand.options(inProcess), inProcess.job().model()))
                .startsWith("model=u2netp;");
        assertThat(OptionsFingerprint.of(BatchCommand.options(BatchArguments.parse("p", "-o", "o", "--model", "small")),
                Optional.of("small"))).startsWith("model=small;");
        assertThatThrownBy(() -> BatchArguments.parse("p", "-o", "o", "--server", "http://a.example.org", "--model", "u2netp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--model must be small or medium, not 'u2netp' when the jobs go through --server or --broker "
                        + "(in process any model of ./cutout models runs)");
    }
}
