package dev.cutout.system;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutout.contract.ErrorCode;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * {@code concurrency} clients, each sending one job at a time from the {@link LoadMix}: submitted to one gateway,
 * followed to its end on the other one's event stream, its cut-out downloaded there, checked and deleted. A client
 * never stops on a bad job; it records why ({@link JobRecord}) and takes the next one.
 */
final class LoadClients {

    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
    private static final int PNG_RGBA = 6;

    private final List<ServiceProcess> gateways;
    private final LoadMix mix;
    private final int concurrency;
    private final List<JobRecord> records = Collections.synchronizedList(new ArrayList<>());

    LoadClients(List<ServiceProcess> gateways, LoadMix mix, int concurrency) {
        this.gateways = List.copyOf(gateways);
        this.mix = mix;
        this.concurrency = concurrency;
    }

    /** Sends jobs 0, 1, 2, … while {@code more} says so for the next index; returns when every client is done. */
    List<JobRecord> run(IntPredicate more) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        for (int c = 0; c < concurrency; c++) {
            clients.execute(() -> {
                for (int index = next.getAndIncrement(); more.test(index); index = next.getAndIncrement()) {
                    records.add(job(index));
                }
            });
        }
        clients.shutdown();
        try {
            if (!clients.awaitTermination(1, TimeUnit.DAYS)) {
                throw new IllegalStateException("load clients still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        synchronized (records) {
            return records.stream().sorted((a, b) -> Integer.compare(a.index(), b.index())).toList();
        }
    }

    private JobRecord job(int index) {
        LoadMix.LoadInput input = mix.input(index);
        ServiceProcess submitTo = gateways.get(index % gateways.size());
        ServiceProcess followOn = gateways.get((index + 1) % gateways.size());
        Attempt attempt = new Attempt(index, input, submitTo, followOn);
        try {
            return attempt.run();
        } catch (RuntimeException | AssertionError e) {
            return attempt.end(JobRecord.Outcome.BROKEN, e.toString());
        }
    }

    /** One job's way through both gateways. */
    private static final class Attempt {
        private final int index;
        private final LoadMix.LoadInput input;
        private final ServiceProcess submitTo;
        private final ServiceProcess followOn;
        private final long start = System.nanoTime();
        private String jobId = "-";

        Attempt(int index, LoadMix.LoadInput input, ServiceProcess submitTo, ServiceProcess followOn) {
            this.index = index;
            this.input = input;
            this.submitTo = submitTo;
            this.followOn = followOn;
        }

        JobRecord run() {
            GatewayClient submitter = new GatewayClient(submitTo);
            HttpResponse<String> answer = submitter.submit(input.bytes(), input.contentType(), input.name());
            if (answer.statusCode() != 202) {
                return refused(answer);
            }
            jobId = GatewayClient.json(answer.body()).path("id").asText();
            GatewayClient follower = new GatewayClient(followOn);
            List<GatewayClient.Event> events = follower.events(jobId, JOB_TIMEOUT);
            List<String> terminal = events.stream().map(GatewayClient.Event::name)
                    .filter(name -> name.equals("done") || name.equals("failed")).toList();
            if (terminal.size() != 1 || !events.get(events.size() - 1).name().equals(terminal.get(0))) {
                return end(JobRecord.Outcome.BROKEN, "events " + events.stream().map(GatewayClient.Event::name).toList());
            }
            if (terminal.get(0).equals("failed")) {
                return failed(follower.status(jobId));
            }
            HttpResponse<byte[]> result = follower.result(jobId);
            Optional<String> wrong = wrongResult(result);
            JobRecord record = end(wrong.isPresent() ? JobRecord.Outcome.BROKEN : JobRecord.Outcome.DONE, wrong.orElse(""));
            int deleted = submitter.delete(jobId).statusCode();
            return deleted == 204 ? record : record.broken("DELETE through " + submitTo.name() + " answered " + deleted);
        }

        private JobRecord refused(HttpResponse<String> answer) {
            boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            if (answer.statusCode() < 400 || answer.statusCode() > 499 || !problem) {
                return end(JobRecord.Outcome.BROKEN, "submit answered " + answer.statusCode() + ": " + answer.body());
            }
            JsonNode body = GatewayClient.json(answer.body());
            String code = body.path("code").asText();
            return end(allowed(code) ? JobRecord.Outcome.REFUSED : JobRecord.Outcome.BROKEN,
                    answer.statusCode() + " " + code + ": " + body.path("detail").asText());
        }

        private JobRecord failed(HttpResponse<String> status) {
            JsonNode error = GatewayClient.json(status.body()).path("error");
            String code = error.path("code").asText();
            String message = error.path("message").asText();
            boolean explained = !message.isBlank() && allowed(code);
            return end(explained ? JobRecord.Outcome.FAILED : JobRecord.Outcome.BROKEN, code + ": " + message);
        }

        /** A photo may not be refused or fail at all; a hostile file only in a way the corpus allows. */
        private boolean allowed(String code) {
            return input.hostile().map(file -> {
                try {
                    return file.expected().allows(Optional.of(ErrorCode.valueOf(code)));
                } catch (IllegalArgumentException unknown) {
                    return false;
                }
            }).orElse(false);
        }

        private Optional<String> wrongResult(HttpResponse<byte[]> result) {
            byte[] png = result.body();
            if (result.statusCode() != 200) {
                return Optional.of("result answered " + result.statusCode());
            }
            if (png.length < 26 || png[0] != (byte) 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
                return Optional.of("the result is not a PNG");
            }
            ByteBuffer header = ByteBuffer.wrap(png, 16, 10);
            int width = header.getInt();
            int height = header.getInt();
            int colourType = png[25];
            if (colourType != PNG_RGBA) {
                return Optional.of("PNG colour type " + colourType + ", not RGBA");
            }
            if (input.hostile().filter(file -> !file.expected().mayAccept()).isPresent()) {
                return Optional.of(input.name() + " was cut out, but the corpus says it must be refused");
            }
            if (input.hostile().isEmpty() && (width != input.width() || height != input.height())) {
                return Optional.of(String.format("cut-out %dx%d of a %dx%d photo", width, height, input.width(), input.height()));
            }
            return Optional.empty();
        }

        JobRecord end(JobRecord.Outcome outcome, String reason) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new JobRecord(index, input, submitTo.name(), followOn.name(), outcome, jobId, reason, millis);
        }
    }
}
