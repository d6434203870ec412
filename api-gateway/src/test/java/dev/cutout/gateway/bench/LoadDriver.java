package dev.cutout.gateway.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Load benchmark of the running services: submits photos through the gateway with a given
 * concurrency and prints throughput, latency percentiles, failures and the gateway + queue overhead.
 * JDK only, so it runs as a source file: {@code java LoadDriver.java --url http://127.0.0.1:8080 ...}
 * ({@code ./cutout bench-services} runs it against the one-process standalone app, then 1 and 2 workers over RabbitMQ).
 *
 * <p>One job = POST /api/v1/jobs (raw body) → follow GET /api/v1/jobs/{id}/events until done or
 * failed → GET /api/v1/jobs/{id}/result. Latency is submit start → result fully downloaded.
 * Overhead of a job = its latency − the pipeline's own total time for it, read from the
 * {@code job <id> done: … total=…ms} line that the worker (or the embedded gateway) logs; it is
 * only meaningful at concurrency 1, where no job waits behind another.
 */
public final class LoadDriver {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
    private static final long POLL_MILLIS = 100;
    private static final float JPEG_QUALITY = 0.92f;
    private static final Pattern DONE_LINE = Pattern.compile("job (\\S+) done: .*\\btotal=(\\d+)ms");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;

    private LoadDriver(String url) {
        this.url = url.replaceAll("/+$", "");
    }

    /** One finished (or failed) job as the client saw it; times in milliseconds. */
    record Job(String id, boolean ok, String failure, double submitMs, double waitMs, double downloadMs,
               double totalMs, long resultBytes) {
    }

    /** One pass: N jobs at concurrency C, plus the pipeline times found in the logs. */
    record Pass(String mode, int workers, double megapixels, int concurrency, List<Job> jobs, double wallMs,
                Map<String, Double> pipelineMs) {

        long failures() {
            return jobs.stream().filter(j -> !j.ok()).count();
        }

        double imagesPerMinute() {
            return (jobs.size() - failures()) * 60_000.0 / wallMs;
        }

        double[] latencies() {
            return jobs.stream().filter(Job::ok).mapToDouble(Job::totalMs).sorted().toArray();
        }

        double[] pipelines() {
            return jobs.stream().filter(Job::ok).map(j -> pipelineMs.get(j.id())).filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).sorted().toArray();
        }

        /** Latency − pipeline time per job that has both, sorted. */
        double[] overheads() {
            return jobs.stream().filter(Job::ok).filter(j -> pipelineMs.containsKey(j.id()))
                    .mapToDouble(j -> j.totalMs() - pipelineMs.get(j.id())).sorted().toArray();
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        if (o.table != null) {
            printTable(Files.readAllLines(o.table));
            return;
        }
        LoadDriver driver = new LoadDriver(o.url);
        for (String ready : o.ready) {
            driver.awaitReady(ready);
        }
        List<byte[]> photos = loadPhotos(o.photos, o.megapixels);
        if (o.warmup > 0) {
            say("warm-up: %d job(s) at concurrency %d (not counted)", o.warmup, o.warmup);
            driver.run(photos, o.warmup, o.warmup);
        }
        List<Integer> levels = o.concurrency.stream().distinct().toList();
        for (int c : levels) {
            say("%s, %d worker(s): %d job(s) at concurrency %d, %.1f MP", o.mode, o.workers, o.count, c, o.megapixels);
            long start = System.nanoTime();
            List<Job> jobs = driver.run(photos, o.count, c);
            double wall = (System.nanoTime() - start) / 1e6;
            Pass pass = new Pass(o.mode, o.workers, o.megapixels, c, jobs, wall, pipelineTimes(o.logs));
            printPass(pass);
            if (o.append != null) {
                Files.writeString(o.append, row(pass) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
    }

    // ---- driving ------------------------------------------------------------------------------

    private List<Job> run(List<byte[]> photos, int count, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<Job>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] photo = photos.get(i % photos.size());
                futures.add(pool.submit(() -> job(photo, next.incrementAndGet())));
            }
            List<Job> jobs = new ArrayList<>();
            for (Future<Job> f : futures) {
                Job job = f.get();
                if (!job.ok()) {
                    say("job %s failed: %s", job.id(), job.failure());
                }
                jobs.add(job);
            }
            return jobs;
        } finally {
            pool.shutdownNow();
        }
    }

    private Job job(byte[] photo, int n) {
        long t0 = System.nanoTime();
        String id = "#" + n;
        try {
            HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/jobs?file-name=load-" + n + ".jpg"))
                    .header("Content-Type", "image/jpeg").POST(HttpRequest.BodyPublishers.ofByteArray(photo)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            if (submitted.statusCode() != 202) {
                return failed(id, "submit answered " + submitted.statusCode() + " " + submitted.body(), t0);
            }
            id = field(submitted.body(), "id").orElseThrow(() -> new IOException("no id in " + submitted.body()));
            String status = awaitEnd(id);
            long t2 = System.nanoTime();
            if (!status.equals("done")) {
                return failed(id, "job ended " + status, t0);
            }
            HttpResponse<byte[]> result = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/jobs/" + id + "/result"))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            long t3 = System.nanoTime();
            byte[] png = result.body();
            if (result.statusCode() != 200 || png.length < 8 || !Arrays.equals(png, 0, 8, PNG_SIGNATURE, 0, 8)) {
                return failed(id, "result answered " + result.statusCode() + " (" + png.length + " bytes)", t0);
            }
            return new Job(id, true, "", ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t0, t3), png.length);
        } catch (IOException | RuntimeException e) {
            return failed(id, e.toString(), t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(id, "interrupted", t0);
        }
    }

    private static Job failed(String id, String why, long t0) {
        return new Job(id, false, why, 0, 0, 0, ms(t0, System.nanoTime()), 0);
    }

    /** Follows the job's event stream to done/failed; polls the status if the stream ends early. */
    private String awaitEnd(String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/jobs/" + id + "/events"))
                .header("Accept", "text/event-stream").timeout(JOB_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofLines());
        if (events.statusCode() == 200) {
            try (Stream<String> lines = events.body()) {
                Optional<String> end = lines.filter(l -> l.startsWith("data:")).map(l -> field(l, "status").orElse(""))
                        .filter(s -> s.equals("done") || s.equals("failed")).findFirst();
                if (end.isPresent()) {
                    return end.get();
                }
            }
        } else {
            events.body().close();
        }
        while (System.nanoTime() < deadline) {
            HttpResponse<String> state = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/jobs/" + id)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String status = state.statusCode() == 200 ? field(state.body(), "status").orElse("?") : "http " + state.statusCode();
            if (status.equals("done") || status.equals("failed") || state.statusCode() != 200) {
                return status;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return "timeout after " + JOB_TIMEOUT;
    }

    private void awaitReady(String health) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(health)).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + r.statusCode();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(health + " not ready after " + READY_TIMEOUT + " (" + last + ")");
    }

    private static Optional<String> field(String json, String name) {
        Matcher m = (name.equals("status") ? STATUS : Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"")).matcher(json);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    // ---- inputs and logs ----------------------------------------------------------------------

    /** Reads the photos; with megapixels > 0 scales each to about that many pixels and re-encodes it as JPEG. */
    static List<byte[]> loadPhotos(List<Path> files, double megapixels) throws IOException {
        List<byte[]> photos = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            if (megapixels > 0) {
                BufferedImage original = ImageIO.read(new ByteArrayInputStream(bytes));
                if (original == null) {
                    throw new IOException(file + ": ImageIO cannot read it (give JPEG or PNG photos, or --megapixels 0)");
                }
                double scale = Math.sqrt(megapixels * 1e6 / ((double) original.getWidth() * original.getHeight()));
                int w = (int) Math.round(original.getWidth() * scale);
                int h = (int) Math.round(original.getHeight() * scale);
                bytes = jpeg(resize(original, w, h));
                say("photo %s: %dx%d scaled to %dx%d (%.1f MP), JPEG q=%.2f, %d KB", file.getFileName(),
                        original.getWidth(), original.getHeight(), w, h, w * (double) h / 1e6, JPEG_QUALITY, bytes.length / 1024);
            } else {
                say("photo %s: sent as is, %d KB", file.getFileName(), bytes.length / 1024);
            }
            photos.add(bytes);
        }
        if (photos.isEmpty()) {
            throw new IllegalArgumentException("no photos given (--photo FILE, repeatable)");
        }
        return photos;
    }

    private static BufferedImage resize(BufferedImage source, int w, int h) {
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return target;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** job id → pipeline total (ms) from every {@code job <id> done: … total=…ms} line of the given logs. */
    static Map<String, Double> pipelineTimes(List<Path> logs) throws IOException {
        Map<String, Double> times = new HashMap<>();
        for (Path log : logs) {
            if (!Files.exists(log)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(log)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    Matcher m = DONE_LINE.matcher(line);
                    if (m.find()) {
                        times.put(m.group(1), Double.parseDouble(m.group(2)));
                    }
                }
            }
        }
        return times;
    }

    // ---- output -------------------------------------------------------------------------------

    private static void printPass(Pass p) {
        List<Job> ok = p.jobs().stream().filter(Job::ok).toList();
        double[] submit = ok.stream().mapToDouble(Job::submitMs).sorted().toArray();
        double[] wait = ok.stream().mapToDouble(Job::waitMs).sorted().toArray();
        double[] download = ok.stream().mapToDouble(Job::downloadMs).sorted().toArray();
        double[] latency = p.latencies();
        double[] pipeline = p.pipelines();
        System.out.printf(Locale.ROOT, "  %d jobs in %.1f s: %.1f images/min, %d failed%n", p.jobs().size(), p.wallMs() / 1000,
                p.imagesPerMinute(), p.failures());
        System.out.printf(Locale.ROOT, "  latency p50 %s  p95 %s  max %s   (median parts: upload+queue %s, wait for done %s, download %s)%n",
                s(pct(latency, 50)), s(pct(latency, 95)), s(pct(latency, 100)), s(pct(submit, 50)), s(pct(wait, 50)), s(pct(download, 50)));
        System.out.printf(Locale.ROOT, "  pipeline (from the log) p50 %s for %d of %d jobs; result PNG median %.1f MB%n",
                s(pct(pipeline, 50)), pipeline.length, ok.size(),
                pct(ok.stream().mapToDouble(Job::resultBytes).sorted().toArray(), 50) / 1e6);
        if (pipeline.length < ok.size()) {
            say("warning: %d job(s) have no 'done' line in the given logs: processed by another worker on this broker?",
                    ok.size() - pipeline.length);
        }
    }

    /** One tab-separated line per pass for {@code --table}. */
    private static String row(Pass p) {
        double[] lat = p.latencies();
        return String.join("\t", p.mode(), Integer.toString(p.workers()), Integer.toString(p.jobs().size()),
                Integer.toString(p.concurrency()), fmt(p.megapixels()), fmt(p.imagesPerMinute()), fmt(pct(lat, 50)),
                fmt(pct(lat, 95)), fmt(pct(lat, 100)), Long.toString(p.failures()), fmt(pct(p.pipelines(), 50)),
                fmt(pct(p.overheads(), 50)));
    }

    /** The combined table of every pass appended with {@code --append}, then the targets checked. */
    static void printTable(List<String> rows) {
        String header = "%-11s %7s %4s %4s %5s %10s %8s %8s %8s %8s %10s %18s%n";
        System.out.printf(Locale.ROOT, header, "mode", "workers", "N", "C", "MP", "images/min", "p50", "p95", "max",
                "failures", "pipeline", "overhead p50");
        Map<String, Double> throughput = new HashMap<>();
        Map<String, String> overheadAtC1 = new HashMap<>();
        for (String line : rows) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            double pipeline = Double.parseDouble(f[10]);
            double overhead = Double.parseDouble(f[11]);
            boolean c1 = f[3].equals("1");
            String overheadText = Double.isNaN(overhead) ? "n/a"
                    : c1 ? String.format(Locale.ROOT, "%s (%.0f%%)", s(overhead), 100 * overhead / pipeline)
                    : "(waits, C>1)";
            System.out.printf(Locale.ROOT, header, f[0], f[1], f[2], f[3], f[4], String.format(Locale.ROOT, "%.1f", Double.parseDouble(f[5])),
                    s(Double.parseDouble(f[6])), s(Double.parseDouble(f[7])), s(Double.parseDouble(f[8])), f[9], s(pipeline), overheadText);
            String key = f[0] + "/" + f[1];
            throughput.merge(key, Double.parseDouble(f[5]), Math::max);
            if (c1 && !Double.isNaN(overhead)) {
                overheadAtC1.put(key, overheadText);
            }
        }
        System.out.println();
        System.out.println("latency = POST /api/v1/jobs start -> result PNG downloaded; pipeline = the job's 'total' in the worker's log");
        System.out.println("(decode+resize+infer+refine+compose+encode); overhead = latency - pipeline per job, median, as % of the");
        System.out.println("pipeline time; only at C=1 (at C>1 it includes waiting behind other jobs). It is what the gateway, the");
        System.out.println("queue (RabbitMQ, or the standalone app's in-process queue) and HTTP upload/download add to one image.");
        overheadAtC1.forEach((key, text) -> System.out.printf(Locale.ROOT, "  overhead at C=1, %-13s %s   (target: <= 10%% at 12 MP)%n", key + ":", text));
        Double one = throughput.get("distributed/1");
        Double two = throughput.get("distributed/2");
        if (one != null && two != null) {
            System.out.printf(Locale.ROOT, "  best throughput, 2 workers / 1 worker: %.2fx   (target: >= 1.8x on a machine with a core per"
                    + " worker thread to spare; %d cores here)%n", two / one, Runtime.getRuntime().availableProcessors());
        }
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length); // nearest-rank
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static String s(double millis) {
        return Double.isNaN(millis) ? "n/a" : String.format(Locale.ROOT, "%.2fs", millis / 1000);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "load: " + format + "%n", args);
    }

    /** Command-line options; see {@link #USAGE}. */
    static final class Options {
        static final String USAGE = """
                java LoadDriver.java --url http://127.0.0.1:8080 --photo a.jpg [--photo b.jpg ...]
                    [--photos N (6)] [--concurrency C[,C2...] (1)] [--megapixels MP (12; 0 = send files as they are)]
                    [--warmup K (1; jobs before measuring, not counted)] [--mode LABEL] [--workers W (label)]
                    [--log FILE ... (logs with the pipeline's 'job <id> done: ... total=' lines)]
                    [--ready HEALTH-URL ... (wait until each answers 200)] [--append RESULTS.tsv]
                java LoadDriver.java --table RESULTS.tsv     (prints the combined table)""";

        String url = "http://127.0.0.1:8080";
        List<Path> photos = new ArrayList<>();
        int count = 6;
        List<Integer> concurrency = new ArrayList<>();
        double megapixels = 12;
        int warmup = 1;
        String mode = "gateway";
        int workers = 1;
        List<Path> logs = new ArrayList<>();
        List<String> ready = new ArrayList<>();
        Path append;
        Path table;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    System.out.println(USAGE);
                    System.exit(0);
                }
                if (i + 1 >= args.length) {
                    usage(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--url" -> o.url = v;
                    case "--photo" -> o.photos.add(Path.of(v));
                    case "--photos" -> o.count = Integer.parseInt(v);
                    case "--concurrency" -> Arrays.stream(v.split(",")).map(Integer::parseInt).forEach(o.concurrency::add);
                    case "--megapixels" -> o.megapixels = Double.parseDouble(v);
                    case "--warmup" -> o.warmup = Integer.parseInt(v);
                    case "--mode" -> o.mode = v;
                    case "--workers" -> o.workers = Integer.parseInt(v);
                    case "--log" -> o.logs.add(Path.of(v));
                    case "--ready" -> o.ready.add(v);
                    case "--append" -> o.append = Path.of(v);
                    case "--table" -> o.table = Path.of(v);
                    default -> usage("unknown option " + a);
                }
            }
            if (o.concurrency.isEmpty()) {
                o.concurrency.add(1);
            }
            if (o.table == null && o.photos.isEmpty()) {
                usage("give at least one --photo");
            }
            return o;
        }

        private static void usage(String problem) {
            System.err.println("load: " + problem + "\n" + USAGE);
            System.exit(2);
        }
    }
}
