package org.terrinclus.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;

/**
 * A set of JSON documents and the records read from them: the bundled pilot sheets, or records
 * made by the seeded {@link RecordGenerator} and written with {@link TerrinclusJson}. Datasets are
 * built once per JVM and shared.
 */
public final class Dataset {

    /** Where the pilot sheets lie among the classpath resources of terrinclus-examples. */
    public static final String SHEETS_RESOURCE = "org/terrinclus/examples/sheets/";

    /** A sheet known to be there, to find the folder. */
    private static final String FIRST_SHEET = "01-aude.json";

    private static final Map<String, Dataset> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final List<String> labels;
    private final List<byte[]> documents;
    private final List<ProjectRecord> records;

    private Dataset(String name, List<String> labels, List<byte[]> documents, List<ProjectRecord> records) {
        this.name = name;
        this.labels = List.copyOf(labels);
        this.documents = List.copyOf(documents);
        this.records = List.copyOf(records);
    }

    /**
     * The bundled pilot sheets, in file name order, and the records the strict reader reads from
     * them.
     *
     * @return the dataset
     * @throws IllegalStateException if a sheet cannot be read
     */
    public static Dataset sheets() {
        return CACHE.computeIfAbsent("sheets", key -> loadSheets());
    }

    /**
     * Records from the seeded generator, one per seed from 1 to {@code count} ({@code new
     * RecordGenerator(seed).next()}), written as compact JSON and read back.
     *
     * @param count how many records
     * @return the dataset
     */
    public static Dataset generated(int count) {
        return CACHE.computeIfAbsent("generated-" + count, key -> generate(count));
    }

    /**
     * The dataset's name.
     *
     * @return {@code sheets} or {@code generated-N}
     */
    public String getName() {
        return name;
    }

    /**
     * What each document is: a file name or a seed.
     *
     * @return one label per document
     */
    public List<String> getLabels() {
        return labels;
    }

    /**
     * The documents, as UTF-8 JSON.
     *
     * @return the documents; the arrays must not be modified
     */
    public List<byte[]> getDocuments() {
        return documents;
    }

    /**
     * The records read from the documents, in the same order.
     *
     * @return the records
     */
    public List<ProjectRecord> getRecords() {
        return records;
    }

    /**
     * The number of documents.
     *
     * @return the size
     */
    public int size() {
        return documents.size();
    }

    /**
     * The median size of a document, in bytes.
     *
     * @return the median (the mean of the two middle sizes for an even count)
     */
    public double medianBytes() {
        int[] sizes = documents.stream().mapToInt(d -> d.length).sorted().toArray();
        int n = sizes.length;
        return n % 2 == 1 ? sizes[n / 2] : (sizes[n / 2 - 1] + sizes[n / 2]) / 2.0;
    }

    /**
     * The smallest and largest document, in bytes.
     *
     * @return {min, max}
     */
    public int[] rangeBytes() {
        int[] sizes = documents.stream().mapToInt(d -> d.length).sorted().toArray();
        return new int[] {sizes[0], sizes[sizes.length - 1]};
    }

    @Override
    public String toString() {
        int[] range = rangeBytes();
        return String.format(
                Locale.ROOT,
                "%s: %d documents, median %.1f KB (%d to %d bytes)",
                name,
                size(),
                medianBytes() / 1024,
                range[0],
                range[1]);
    }

    private static Dataset loadSheets() {
        TerrinclusJson json = TerrinclusJson.strict();
        List<String> names = sheetNames();
        List<byte[]> documents = new ArrayList<>();
        List<ProjectRecord> records = new ArrayList<>();
        for (String file : names) {
            byte[] bytes = resource(SHEETS_RESOURCE + file);
            documents.add(bytes);
            records.add(readOrFail(json, bytes, file));
        }
        return new Dataset("sheets", names, documents, records);
    }

    private static Dataset generate(int count) {
        TerrinclusJson json = TerrinclusJson.strict();
        List<String> labels = new ArrayList<>();
        List<byte[]> documents = new ArrayList<>();
        List<ProjectRecord> records = new ArrayList<>();
        for (int seed = 1; seed <= count; seed++) {
            byte[] bytes = json.writeBytes(new RecordGenerator(seed).next());
            labels.add("seed " + seed);
            documents.add(bytes);
            records.add(readOrFail(json, bytes, "seed " + seed));
        }
        return new Dataset("generated-" + count, labels, documents, records);
    }

    private static ProjectRecord readOrFail(TerrinclusJson json, byte[] bytes, String label) {
        ReadResult result = json.read(bytes);
        if (!result.isRead()) {
            throw new IllegalStateException(label + " cannot be read: " + result.getFindings());
        }
        return result.orElseThrow();
    }

    /** The file names of the sheets, listed from the folder or the jar that holds them. */
    static List<String> sheetNames() {
        URL first = Dataset.class.getClassLoader().getResource(SHEETS_RESOURCE + FIRST_SHEET);
        if (first == null) {
            throw new IllegalStateException("No pilot sheets on the classpath at " + SHEETS_RESOURCE);
        }
        try {
            URI uri = first.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.getPath("/" + SHEETS_RESOURCE));
            }
            return list(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Dataset.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints what each dataset holds.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(sheets());
        Dataset generated = generated(GeneratedBenchmark.RECORDS);
        System.out.println(generated);
        System.out.println("sheet sizes: "
                + Arrays.toString(
                        sheets().getDocuments().stream().mapToInt(d -> d.length).toArray()));
    }
}
