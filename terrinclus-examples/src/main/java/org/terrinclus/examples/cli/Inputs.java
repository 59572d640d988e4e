package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.json.BulkFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns the paths given on the command line into sources, or the bundled sheets when none. */
final class Inputs {

    /** The prefix of the bundled sheets' source names. */
    static final String BUNDLED = "bundled/";

    private Inputs() {}

    /**
     * The sources for the given paths: a file as it is (JSON Lines if it ends with {@code .jsonl}
     * or {@code .ndjson}, a spreadsheet if it ends with {@code .xlsx}, {@code .csv} or {@code
     * .zip}, a JSON record or array otherwise), a folder's {@code *.json} and {@code
     * *.jsonl} files, recursively, sorted by path; the bundled sheets when there is no path.
     *
     * @throws ParameterException if a path does not exist (a usage error)
     */
    static List<Source> resolve(CommandSpec spec, List<String> names) {
        if (names == null || names.isEmpty()) {
            return bundled();
        }
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            paths.add(path(spec, name));
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "path not found: " + path);
            }
        }
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                sources.addAll(walk(path));
            } else if (isSpreadsheet(path)) {
                sources.add(Source.spreadsheet(path.toString(), () -> open(path)));
            } else {
                sources.add(file(path));
            }
        }
        return sources;
    }

    /**
     * A path from the command line. Java decodes file names with the locale's encoding: under the
     * C or POSIX locale that is ASCII, and a name with an accent cannot be represented at all.
     */
    private static Path path(CommandSpec spec, String name) {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        boolean unicode = encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8");
        try {
            Path path = Path.of(name);
            if (!unicode && name.indexOf('\uFFFD') >= 0 && !Files.exists(path)) {
                throw new InvalidPathException(name, "undecodable characters");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "cannot use the path '" + name + "': file names are decoded as " + encoding
                            + " under the current locale, which cannot represent it; run with a UTF-8 locale,"
                            + " for instance LC_ALL=C.UTF-8");
        }
    }

    /** The twelve bundled pilot sheets, in the guide's order. */
    static List<Source> bundled() {
        List<Source> sources = new ArrayList<>();
        for (String resource : PilotSheets.resourceNames()) {
            String name = BUNDLED + resource.substring(PilotSheets.RESOURCE_FOLDER.length());
            sources.add(Source.of(name, BulkFormat.JSON, () -> PilotSheets.openResource(resource)));
        }
        return sources;
    }

    private static Source file(Path path) {
        if (IatiInputs.isIati(path)) {
            return Source.iati(path.toString(), () -> open(path));
        }
        return Source.of(path.toString(), formatOf(path), () -> open(path));
    }

    private static InputStream open(Path path) throws IOException {
        return Files.newInputStream(path);
    }

    /** A workbook, a CSV table or a zip of CSV tables, by its name. */
    static boolean isSpreadsheet(Path path) {
        String name = fileName(path);
        return name.endsWith(".xlsx") || name.endsWith(".csv") || name.endsWith(".zip");
    }

    private static BulkFormat formatOf(Path path) {
        String name = fileName(path);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? BulkFormat.JSON_LINES : BulkFormat.JSON;
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    /** A folder's record files, recursively, sorted by path; what cannot be listed becomes a failed source. */
    private static List<Source> walk(Path folder) {
        List<Map.Entry<Path, Source>> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = fileName(file);
                    if ((name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".xml"))
                            && Files.isRegularFile(file)) {
                        found.add(Map.entry(file, file(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(Map.entry(file, Source.failed(file.toString(), e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(Map.entry(folder, Source.failed(folder.toString(), e)));
        }
        found.sort(Comparator.comparing(entry -> sortKey(entry.getKey())));
        List<Source> sources = new ArrayList<>(found.size());
        found.forEach(entry -> sources.add(entry.getValue()));
        return sources;
    }

    /** Sorts by path segments, so that {@code a/b.json} and {@code a-b.json} order the same everywhere. */
    private static String sortKey(Path path) {
        StringBuilder key = new StringBuilder();
        for (Path segment : path) {
            key.append(segment).append('\u0000');
        }
        return key.toString();
    }
}
