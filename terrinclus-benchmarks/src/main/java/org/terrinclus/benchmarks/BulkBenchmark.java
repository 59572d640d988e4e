package org.terrinclus.benchmarks;

import com.sun.management.GcInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.terrinclus.json.BulkFormat;
import org.terrinclus.json.BulkReader;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.ValidationReport;

/**
 * Streams a million JSON Lines records through {@link TerrinclusJson#readAll} and validates each
 * against the publication profile, on every core, in bounded memory (run it with {@code
 * -Xmx256m}); prints records per second, how many were valid, and the heap sampled every second.
 *
 * <p>The source is a {@link CyclingJsonLines}: a thousand distinct generated records repeated,
 * each line with its own id, so no file is written and memory does not grow with the count.
 *
 * <p>Modes, with the public API only:
 *
 * <ul>
 *   <li>{@code split} (default): one thread cuts the stream into blocks of whole lines (it looks
 *       for the last line break of each block only); the workers read each block with {@code
 *       readAll(block, JSON_LINES)} and validate its records. Reading and validating both run in
 *       parallel.
 *   <li>{@code pipeline}: one thread reads the whole stream with a single {@code readAll}; the
 *       workers validate batches of records. Reading is sequential.
 *   <li>{@code sequential}: one thread reads and validates, for reference.
 * </ul>
 *
 * <p>Options: {@code --records N} (1 000 000), {@code --distinct N} (1 000), {@code --mode
 * split|pipeline|sequential}, {@code --threads N} (the number of processors), {@code --block
 * BYTES} (262 144, split mode), {@code --batch N} (64 records, pipeline mode), {@code --quiet}
 * (no line per second). Exits with 1 if a record is unread or invalid. With {@code --write FILE},
 * writes the same stream of records to a file instead, for the command line to read.
 */
public final class BulkBenchmark {

    /** Hibernate Validator's start-up line, kept out of the report. */
    private static final Logger HIBERNATE_VALIDATOR_LOG = RecordBenchmark.Shared.quiet("org.hibernate.validator");

    private final long records;
    private final int distinct;
    private final String mode;
    private final int threads;
    private final int block;
    private final int batch;
    private final boolean quiet;

    private final LongAdder processed = new LongAdder();
    private final LongAdder valid = new LongAdder();
    private final LongAdder invalid = new LongAdder();
    private final LongAdder unread = new LongAdder();
    private final LongAdder withFindings = new LongAdder();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private TerrinclusJson json;
    private RecordValidator validator;

    private BulkBenchmark(Map<String, String> options) {
        int processors = Runtime.getRuntime().availableProcessors();
        this.records = Long.parseLong(options.getOrDefault("records", "1000000"));
        this.distinct = Integer.parseInt(options.getOrDefault("distinct", "1000"));
        this.mode = options.getOrDefault("mode", "split");
        this.threads = Integer.parseInt(options.getOrDefault("threads", String.valueOf(processors)));
        this.block = Integer.parseInt(options.getOrDefault("block", String.valueOf(1 << 18)));
        this.batch = Integer.parseInt(options.getOrDefault("batch", "64"));
        this.quiet = options.containsKey("quiet");
        if (!Set.of("split", "pipeline", "sequential").contains(mode)) {
            throw new IllegalArgumentException("--mode is split, pipeline or sequential, not " + mode);
        }
    }

    /**
     * Runs the bulk benchmark.
     *
     * @param args the options (see the class description)
     * @throws Exception if the run fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        if (options.containsKey("write")) {
            write(options);
            return;
        }
        Result result = new BulkBenchmark(options).run();
        System.exit(result.unread == 0 && result.invalid == 0 ? 0 : 1);
    }

    /** Writes the records a run would read to a file: the command line's input, the same bytes. */
    private static void write(Map<String, String> options) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of(options.get("write"));
        long count = Long.parseLong(options.getOrDefault("records", "1000000"));
        int distinct = Integer.parseInt(options.getOrDefault("distinct", "1000"));
        try (CyclingJsonLines source = CyclingJsonLines.generated(TerrinclusJson.strict(), distinct, count);
                java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            long bytes = source.transferTo(out);
            System.out.printf(Locale.ROOT, "bulk: wrote %,d records (%,d bytes) to %s%n", count, bytes, file);
        }
    }

    /** What a run measured. */
    static final class Result {
        long records;
        long valid;
        long invalid;
        long unread;
        long withFindings;
        double seconds;
        long heapAfterGcMax;
        long heapUsedMax;
    }

    Result run() throws InterruptedException {
        long setupStart = System.nanoTime();
        json = TerrinclusJson.strict();
        validator = RecordValidator.create();
        CyclingJsonLines source = CyclingJsonLines.generated(json, distinct, records);
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf(
                Locale.ROOT,
                "bulk: %,d JSON Lines records cycling over %d distinct generated records (%.1f KB each on"
                        + " average), mode %s, %d worker thread(s), %d processor(s), max heap %d MB; setup %.1f s%n",
                records,
                source.distinct(),
                source.distinctBytes() / (double) source.distinct() / 1024,
                mode,
                mode.equals("sequential") ? 1 : threads,
                Runtime.getRuntime().availableProcessors(),
                maxHeap >> 20,
                setupSeconds);
        System.gc();

        HeapMonitor monitor = new HeapMonitor(processed, quiet);
        monitor.start();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        try {
            switch (mode) {
                case "split":
                    runSplit(source);
                    break;
                case "pipeline":
                    runPipeline(source);
                    break;
                default:
                    runSequential(source);
            }
        } finally {
            monitor.stop();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (failure.get() != null) {
            throw new IllegalStateException("A worker failed", failure.get());
        }

        Result result = new Result();
        result.records = processed.sum();
        result.valid = valid.sum();
        result.invalid = invalid.sum();
        result.unread = unread.sum();
        result.withFindings = withFindings.sum();
        result.seconds = seconds;
        result.heapAfterGcMax = monitor.afterGcMax();
        result.heapUsedMax = monitor.usedMax();

        System.out.printf(
                Locale.ROOT,
                "bulk: %,d records in %.1f s: %,.0f records/s; valid %,d, invalid %,d, unread %,d, with"
                        + " findings %,d%n",
                result.records,
                seconds,
                result.records / seconds,
                result.valid,
                result.invalid,
                result.unread,
                result.withFindings);
        System.out.printf(
                Locale.ROOT,
                "bulk: %,.0f records/s over the second half of the run (after the JIT has warmed up)%n",
                monitor.rateSince(0.5));
        System.out.printf(
                Locale.ROOT,
                "bulk: heap after GC max %.1f MB (first quarter of the run %.1f MB, last quarter %.1f MB);"
                        + " heap used max %.1f MB of %d MB; %d GCs, %d ms in GC%n",
                mb(result.heapAfterGcMax),
                mb(monitor.afterGcMax(0.0, 0.25)),
                mb(monitor.afterGcMax(0.75, 1.0)),
                mb(result.heapUsedMax),
                maxHeap >> 20,
                HeapMonitor.gcCount(),
                HeapMonitor.gcMillis());
        System.out.printf(
                Locale.ROOT,
                "bulk: process CPU %.1f s (%.0f µs per record, %.2f cores busy on average); system load average"
                        + " %.1f before, %.1f after (a load above the number of processors means a shared, busy"
                        + " machine)%n",
                cpuSeconds,
                cpuSeconds * 1e6 / Math.max(1, result.records),
                cpuSeconds / seconds,
                loadBefore,
                loadAfter);
        System.out.printf(
                Locale.ROOT,
                "BULK mode=%s threads=%d records=%d seconds=%.2f records_per_s=%.0f second_half_records_per_s=%.0f"
                        + " valid=%d invalid=%d unread=%d"
                        + " heap_after_gc_max_mb=%.1f heap_used_max_mb=%.1f xmx_mb=%d cpu_us_per_record=%.0f"
                        + " load_before=%.1f load_after=%.1f%n",
                mode,
                mode.equals("sequential") ? 1 : threads,
                result.records,
                seconds,
                result.records / seconds,
                monitor.rateSince(0.5),
                result.valid,
                result.invalid,
                result.unread,
                mb(result.heapAfterGcMax),
                mb(result.heapUsedMax),
                maxHeap >> 20,
                cpuSeconds * 1e6 / Math.max(1, result.records),
                loadBefore,
                loadAfter);
        return result;
    }

    /** Cuts the stream into blocks of whole lines; the workers read and validate each block. */
    private void runSplit(InputStream source) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("bulk-worker"));
        Semaphore inFlight = new Semaphore(threads * 2);
        try {
            byte[] carry = new byte[0];
            int carryLength = 0;
            while (failure.get() == null) {
                byte[] buffer = new byte[Math.max(block, carryLength * 2)];
                System.arraycopy(carry, 0, buffer, 0, carryLength);
                int length = carryLength;
                int n;
                while (length < buffer.length && (n = source.read(buffer, length, buffer.length - length)) > 0) {
                    length += n;
                }
                boolean end = length < buffer.length;
                if (length == 0) {
                    break;
                }
                int cut = end ? length : lastLineBreak(buffer, length) + 1;
                if (cut == 0) {
                    // A line longer than a block: grow the block.
                    carry = buffer;
                    carryLength = length;
                    continue;
                }
                carry = Arrays.copyOfRange(buffer, cut, length);
                carryLength = carry.length;
                inFlight.acquire();
                int size = cut;
                pool.execute(() -> {
                    try {
                        readAndValidate(new ByteArrayInputStream(buffer, 0, size));
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        inFlight.release();
                    }
                });
                if (end) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
    }

    /** One reader of the whole stream; the workers validate batches of records. */
    private void runPipeline(InputStream source) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("bulk-validator"));
        Semaphore inFlight = new Semaphore(threads * 2);
        try (BulkReader reader = json.readAll(source, BulkFormat.JSON_LINES)) {
            List<ReadResult> results = new ArrayList<>(batch);
            while (failure.get() == null) {
                boolean more = reader.hasNext();
                if (more) {
                    results.add(reader.next());
                }
                if (results.size() == batch || (!more && !results.isEmpty())) {
                    inFlight.acquire();
                    List<ReadResult> work = results;
                    pool.execute(() -> {
                        try {
                            work.forEach(this::validate);
                        } catch (Throwable t) {
                            failure.compareAndSet(null, t);
                        } finally {
                            inFlight.release();
                        }
                    });
                    results = new ArrayList<>(batch);
                }
                if (!more) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
    }

    private void runSequential(InputStream source) {
        readAndValidate(source);
    }

    private void readAndValidate(InputStream in) {
        try (BulkReader reader = json.readAll(in, BulkFormat.JSON_LINES)) {
            while (reader.hasNext()) {
                validate(reader.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void validate(ReadResult result) {
        if (result.isRead()) {
            ValidationReport report = validator.validate(result.orElseThrow(), Profile.PUBLICATION);
            if (report.isValid()) {
                valid.increment();
            } else {
                invalid.increment();
                reportFirst("invalid", result, report.toString());
            }
            if (!report.isEmpty() || !result.getFindings().isEmpty()) {
                withFindings.increment();
            }
        } else {
            unread.increment();
            reportFirst("unread", result, result.getFindings().toString());
        }
        processed.increment();
    }

    private void reportFirst(String what, ReadResult result, String detail) {
        if (invalid.sum() + unread.sum() <= 3) {
            System.err.println("bulk: " + what + " record " + result.getId().orElse("?") + ": " + detail);
        }
    }

    private static int lastLineBreak(byte[] buffer, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The CPU time of the whole process (every thread, the JIT and the GC included). */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime()
                : 0;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + arg);
            }
            String key = arg.substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                options.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (key.equals("quiet")) {
                options.put(key, "true");
            } else if (i + 1 < args.length) {
                options.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("Missing value for " + arg);
            }
        }
        return options;
    }

    /**
     * Samples the heap every second: the heap used, and the heap used just after the last
     * collection (the live data, which must stay flat), as the garbage collectors report it.
     */
    static final class HeapMonitor {

        private final LongAdder processed;
        private final boolean quiet;
        private final Set<String> heapPools;
        private final List<long[]> samples = new ArrayList<>();
        private final Thread thread;
        private final long start = System.nanoTime();
        private volatile boolean running = true;

        HeapMonitor(LongAdder processed, boolean quiet) {
            this.processed = processed;
            this.quiet = quiet;
            this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getName)
                    .collect(Collectors.toSet());
            this.thread = new Thread(this::loop, "heap-monitor");
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
            sample();
        }

        private void loop() {
            long last = 0;
            long lastTime = System.nanoTime();
            while (running) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                long[] sample = sample();
                if (!quiet) {
                    long now = System.nanoTime();
                    System.out.printf(
                            Locale.ROOT,
                            "  [%3d s] %,10d records  %,7.0f records/s  heap used %6.1f MB  after last GC %6.1f MB%n",
                            TimeUnit.NANOSECONDS.toSeconds(sample[0]),
                            sample[1],
                            (sample[1] - last) / ((now - lastTime) / 1e9),
                            mb(sample[2]),
                            mb(sample[3]));
                    last = sample[1];
                    lastTime = now;
                }
            }
        }

        private synchronized long[] sample() {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long[] sample = {System.nanoTime() - start, processed.sum(), used, heapAfterLastGc()};
            samples.add(sample);
            return sample;
        }

        synchronized long usedMax() {
            return samples.stream().mapToLong(s -> s[2]).max().orElse(0);
        }

        synchronized long afterGcMax() {
            return afterGcMax(0, 1);
        }

        /** The largest heap after GC among the samples taken in a fraction of the run's time. */
        synchronized long afterGcMax(double from, double to) {
            long end = samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[0];
            return samples.stream()
                    .filter(s -> s[0] >= from * end && s[0] <= to * end)
                    .mapToLong(s -> s[3])
                    .max()
                    .orElse(0);
        }

        /** Records per second from a fraction of the run's time to its end. */
        synchronized double rateSince(double from) {
            if (samples.size() < 2) {
                return Double.NaN;
            }
            long[] last = samples.get(samples.size() - 1);
            long[] first = samples.stream()
                    .filter(s -> s[0] >= from * last[0])
                    .findFirst()
                    .orElse(samples.get(0));
            return last[0] == first[0] ? Double.NaN : (last[1] - first[1]) / ((last[0] - first[0]) / 1e9);
        }

        /** The heap used right after the most recent collection, or 0 before any. */
        private long heapAfterLastGc() {
            long latestEnd = -1;
            long used = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof com.sun.management.GarbageCollectorMXBean) {
                    GcInfo info = ((com.sun.management.GarbageCollectorMXBean) gc).getLastGcInfo();
                    if (info != null && info.getEndTime() > latestEnd) {
                        latestEnd = info.getEndTime();
                        used = 0;
                        for (Map.Entry<String, MemoryUsage> pool :
                                info.getMemoryUsageAfterGc().entrySet()) {
                            if (heapPools.contains(pool.getKey())) {
                                used += pool.getValue().getUsed();
                            }
                        }
                    }
                }
            }
            return used;
        }

        static long gcCount() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                    .sum();
        }

        static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                    .sum();
        }
    }
}
