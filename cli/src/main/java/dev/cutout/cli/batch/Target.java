package dev.cutout.cli.batch;

import java.net.URI;

/** Where a batch's jobs go: a gateway's REST API, a RabbitMQ broker, or the engine in this process. */
public sealed interface Target {

    /** Any gateway (or the one-process app): {@code POST /api/v1/jobs}, poll, fetch the result. */
    record Server(URI base) implements Target {
    }

    /** Straight onto {@code cutout.jobs} as a shop's system would (MESSAGING.md, contract version 1). */
    record Broker(URI amqp) implements Target {
    }

    /** No service: the engine in this process, one photo at a time, like {@code ./cutout remove}. */
    record InProcess() implements Target {
    }
}
