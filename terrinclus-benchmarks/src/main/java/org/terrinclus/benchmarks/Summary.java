package org.terrinclus.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON results of a JMH run ({@code -rf json}) into the tables of {@code
 * docs/performance.md}: the median of the measurement iterations of each benchmark, per record, with
 * the bytes allocated per record when the run had {@code -prof gc}; then the ratios against the
 * targets.
 */
public final class Summary {

    private static final String[] ORDER = {
        "read", "write", "validate", "readAndValidate", "jacksonTokenScan", "jacksonTree", "schemaValidate"
    };

    private Summary() {}

    /**
     * Prints the tables.
     *
     * @param args the path of JMH's JSON result file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Summary jmh-result.json");
            System.exit(2);
        }
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        // dataset -> benchmark -> {ops/s, B/op}
        Map<String, Map<String, double[]>> table = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String name = result.get("benchmark").asText();
            String[] parts = name.split("\\.");
            String dataset = parts[parts.length - 2].replace("Benchmark", "");
            String benchmark = parts[parts.length - 1];
            if (!"thrpt".equals(result.get("mode").asText())) {
                continue;
            }
            double score = median(result.get("primaryMetric"));
            JsonNode norm = result.path("secondaryMetrics").get("gc.alloc.rate.norm");
            double bytes = norm == null ? Double.NaN : median(norm);
            table.computeIfAbsent(dataset, k -> new LinkedHashMap<>()).put(benchmark, new double[] {score, bytes});
        }

        System.out.println("Datasets: " + Dataset.sheets() + "; " + Dataset.generated(GeneratedBenchmark.RECORDS));
        System.out.println();
        System.out.println("| dataset | benchmark | records/s | µs/record | B/record |");
        System.out.println("| --- | --- | ---: | ---: | ---: |");
        for (Map.Entry<String, Map<String, double[]>> dataset : table.entrySet()) {
            for (String benchmark : ordered(dataset.getValue())) {
                double[] v = dataset.getValue().get(benchmark);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %,.0f | %.1f | %s |%n",
                        dataset.getKey(),
                        benchmark,
                        v[0],
                        1e6 / v[0],
                        Double.isNaN(v[1]) ? "–" : String.format(Locale.ROOT, "%,.0f", v[1]));
            }
        }
        System.out.println();
        System.out.println("| dataset | ratio | measured | target | |");
        System.out.println("| --- | --- | ---: | ---: | --- |");
        for (Map.Entry<String, Map<String, double[]>> dataset : table.entrySet()) {
            Map<String, double[]> b = dataset.getValue();
            ratio(dataset.getKey(), "read / jacksonTree (throughput)", b, "read", "jacksonTree", 1.0, true);
            ratio(dataset.getKey(), "read / jacksonTokenScan (throughput)", b, "read", "jacksonTokenScan", 0.35, true);
            // validate time / read time = read throughput / validate throughput
            ratio(dataset.getKey(), "validate time / read time", b, "read", "validate", 1.0, false);
            ratio(
                    dataset.getKey(),
                    "readAndValidate / schemaValidate (throughput)",
                    b,
                    "readAndValidate",
                    "schemaValidate",
                    2.0,
                    true);
        }
    }

    private static List<String> ordered(Map<String, double[]> benchmarks) {
        List<String> names = new ArrayList<>();
        for (String name : ORDER) {
            if (benchmarks.containsKey(name)) {
                names.add(name);
            }
        }
        benchmarks.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    private static void ratio(
            String dataset,
            String label,
            Map<String, double[]> benchmarks,
            String numerator,
            String denominator,
            double target,
            boolean atLeast) {
        if (!benchmarks.containsKey(numerator) || !benchmarks.containsKey(denominator)) {
            return;
        }
        double value = benchmarks.get(numerator)[0] / benchmarks.get(denominator)[0];
        boolean met = atLeast ? value >= target : value <= target;
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %.2f | %s %.2f | %s |%n",
                dataset,
                label,
                value,
                atLeast ? "≥" : "≤",
                target,
                met ? "met" : "**missed**");
    }

    /** The median of every measurement iteration of every fork. */
    private static double median(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.get("rawData")) {
            for (JsonNode iteration : fork) {
                values.add(iteration.asDouble());
            }
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return metric.get("score").asDouble();
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
