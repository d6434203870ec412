package dev.cutout.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The system a load or soak run drives: two gateways and two workers on a RabbitMQ virtual host of their own, as
 * shipped except that the per-client limits are off (every client here is 127.0.0.1) and, two workers sharing
 * this machine's cores, each worker runs one inference thread (as {@code ./cutout bench-services} does).
 */
final class LoadRig implements AutoCloseable {

    static final long MIB = ResourceBounds.MIB;
    /** docker-compose.yml and k8s give a gateway 1 GiB and a worker 3 GiB; the broker is not ours to limit. */
    static final ResourceBounds GATEWAY = new ResourceBounds(64 * MIB, 512 * MIB, 1024 * MIB, 20, 50);
    static final ResourceBounds WORKER = new ResourceBounds(64 * MIB, 1536 * MIB, 3072 * MIB, 20, 50);
    static final ResourceBounds BROKER = new ResourceBounds(0, 1024 * MIB, 4096 * MIB, 40, 100);
    private static final Duration COUNT_WAIT = Duration.ofSeconds(30);
    private static final int WARM_UP_JOBS = 4;

    private final TestVirtualHost vhost;
    private final List<ServiceProcess> workers;
    private final List<ServiceProcess> gateways;

    private LoadRig(TestVirtualHost vhost, List<ServiceProcess> workers, List<ServiceProcess> gateways) {
        this.vhost = vhost;
        this.workers = workers;
        this.gateways = gateways;
    }

    /** Starts the four processes ({@code prefix-worker-1}, …) with {@code model} and waits until all are ready. */
    static LoadRig start(String prefix, String model) {
        TestVirtualHost vhost = TestVirtualHost.create();
        List<ServiceProcess> workers = new ArrayList<>();
        List<ServiceProcess> gateways = new ArrayList<>();
        LoadRig rig = new LoadRig(vhost, workers, gateways);
        try {
            for (int i = 1; i <= 2; i++) {
                workers.add(Services.worker(prefix + "-worker-" + i, vhost, model, Map.of("CUTOUT_INFERENCE_THREADS", "1")));
                gateways.add(Services.gateway(prefix + "-gateway-" + i, vhost,
                        Map.of("CUTOUT_GATEWAY_CLIENT_LIMITS_ENABLED", "false")));
            }
            workers.forEach(ServiceProcess::awaitReady);
            gateways.forEach(ServiceProcess::awaitReady);
            return rig;
        } catch (RuntimeException e) {
            rig.close();
            throw e;
        }
    }

    List<ServiceProcess> gateways() {
        return gateways;
    }

    List<ServiceProcess> workers() {
        return workers;
    }

    /** A few jobs through both gateways first, so that the "before" sample is of warm processes; all must be done. */
    void warmUp(LoadMix mix) {
        List<JobRecord> records = new LoadClients(gateways, mix, 2).run(index -> index < WARM_UP_JOBS);
        records.stream().filter(record -> record.outcome() != JobRecord.Outcome.DONE).findFirst().ifPresent(record -> {
            throw new IllegalStateException("warm-up job " + record.input().name() + " ended " + record.outcome() + ": "
                    + record.reason());
        });
    }

    /** A watch of the four processes and, when it can be found, the broker (RSS, threads, descriptors only). */
    ResourceWatch watch() {
        List<ResourceWatch.Watched> watched = new ArrayList<>();
        gateways.forEach(gateway -> watched.add(ResourceWatch.Watched.service(gateway, GATEWAY)));
        workers.forEach(worker -> watched.add(ResourceWatch.Watched.service(worker, WORKER)));
        brokerPid().ifPresent(pid -> watched.add(ResourceWatch.Watched.pid("rabbitmq", pid, BROKER)));
        return new ResourceWatch(watched);
    }

    /** What the workers have ended (completed + failed), once it has reached {@code expected} or after a short wait. */
    long workerJobsEnded(long expected) {
        long deadline = System.nanoTime() + COUNT_WAIT.toNanos();
        long ended = ended();
        while (ended < expected && System.nanoTime() < deadline) {
            ServiceProcess.pause(Duration.ofMillis(200));
            ended = ended();
        }
        return ended;
    }

    private long ended() {
        return workers.stream().mapToLong(worker -> Math.round(worker.metric("cutout_jobs_completed_total")
                + worker.metric("cutout_jobs_failed_total"))).sum();
    }

    /** Jobs a worker put back on the queue, or skipped because their client had gone: none in a run without faults. */
    long workerJobsRequeuedOrSkipped() {
        return workers.stream().mapToLong(worker -> Math.round(worker.metric("cutout_jobs_requeued_total")
                + worker.metric("cutout_jobs_skipped_total"))).sum();
    }

    /** Every process still running, the same ones that were started. */
    List<String> dead() {
        List<String> dead = new ArrayList<>();
        workers.stream().filter(process -> !process.isAlive()).forEach(process -> dead.add(process.name()));
        gateways.stream().filter(process -> !process.isAlive()).forEach(process -> dead.add(process.name()));
        return dead;
    }

    private static Optional<Long> brokerPid() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(command -> command.endsWith("beam.smp")).orElse(false))
                .filter(process -> process.info().arguments().map(args -> String.join(" ", args).contains("rabbit"))
                        .orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    @Override
    public void close() {
        Services.stopAll(gateways.toArray(ServiceProcess[]::new));
        Services.stopAll(workers.toArray(ServiceProcess[]::new));
        vhost.close();
    }
}
