package dev.cutout.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TopologyTest {

    /** Writes down each declaration, as a channel would receive it. */
    private static final class Recorder {
        final List<String> calls = new ArrayList<>();
        final TopologyDeclarer declarer = TopologyDeclarer.of(
                (name, type, durable) -> calls.add("exchange " + name + " " + type + (durable ? " durable" : "")),
                (name, durable, exclusive, autoDelete, arguments) -> calls.add("queue " + name
                        + (durable && !exclusive && !autoDelete ? " durable " : " ") + new TreeMap<>(arguments)),
                (queue, exchange, key) -> calls.add("bind " + queue + " " + exchange + " '" + key + "'"));
    }

    @Test
    void declaresTheSharedObjectsWithTheirArgumentsAndBindingsExchangesFirst() throws Exception {
        Recorder recorder = new Recorder();

        Topology.declare(recorder.declarer, Topology.Exchanges.DEFAULT, new Topology.JobsQueue(Duration.ofMinutes(15), 500));

        assertThat(recorder.calls).containsExactly(
                "exchange cutout.events fanout durable",
                "exchange cutout.jobs.dlx fanout durable",
                "queue cutout.jobs.dead durable {x-message-ttl=900000}",
                "bind cutout.jobs.dead cutout.jobs.dlx ''",
                "exchange cutout.jobs direct durable",
                "queue cutout.jobs durable {x-dead-letter-exchange=cutout.jobs.dlx, x-delivery-limit=3, x-max-length=500, "
                        + "x-message-ttl=900000, x-overflow=reject-publish, x-queue-type=quorum}",
                "bind cutout.jobs cutout.jobs 'job'");
    }

    @Test
    void bindsTheJobsQueueToTheExchangeItIsGiven() throws Exception {
        Recorder recorder = new Recorder();

        Topology.declare(recorder.declarer, new Topology.Exchanges("test.jobs", "k", "test.events"),
                Topology.JobsQueue.withDefaultLength(Duration.ofSeconds(60)));

        assertThat(recorder.calls).contains("exchange test.events fanout durable", "exchange test.jobs direct durable",
                "bind cutout.jobs test.jobs 'k'");
    }

    @Test
    void aJobQueueKeepsOnlyItsLatestMessageForTheRetention() throws Exception {
        Recorder recorder = new Recorder();

        Topology.declareJobQueue(recorder.declarer, "abc", Duration.ofSeconds(60));

        assertThat(recorder.calls).containsExactly(
                "queue cutout.job.abc durable {x-expires=60000, x-max-length=1, x-message-ttl=60000, x-overflow=drop-head}");
    }

    @Test
    void aJobsQueueHoldsAtLeastOneJob() {
        assertThatThrownBy(() -> new Topology.JobsQueue(Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-queued-jobs");
    }

    @Test
    void theMismatchAdviceNamesBothSettingsAndTheOneTimeMigration() {
        assertThat(Topology.mismatchAdvice(new Topology.JobsQueue(Duration.ofMinutes(15), 10_000)))
                .contains("PT15M", "10000", "rabbitmqctl delete_queue cutout.jobs");
    }
}
