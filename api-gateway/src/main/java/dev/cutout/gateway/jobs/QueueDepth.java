package dev.cutout.gateway.jobs;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/** Jobs waiting for a worker (passive declare), asked of the broker at most once per interval. */
final class QueueDepth {

    private final RabbitConnection connection;
    private final String queue;
    private final Duration interval;
    private final Clock clock;
    private Instant sampledAt = Instant.MIN;
    private Optional<Long> last = Optional.empty();

    QueueDepth(RabbitConnection connection, String queue, Duration interval, Clock clock) {
        this.connection = connection;
        this.queue = queue;
        this.interval = interval;
        this.clock = clock;
    }

    synchronized Optional<Long> sample() {
        Instant now = clock.instant();
        if (sampledAt.plus(interval).isAfter(now)) {
            return last;
        }
        sampledAt = now;
        if (!connection.isOpen()) {
            last = Optional.empty();
            return last;
        }
        try (Channel channel = connection.channel()) {
            last = Optional.of((long) channel.queueDeclarePassive(queue).getMessageCount());
        } catch (IOException | TimeoutException | RuntimeException e) {
            last = Optional.empty(); // queue not declared yet or broker away: the gauge shows NaN
        }
        return last;
    }
}
