package org.terrinclus.core.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the team's shared reference files (the {@code shared/} folder beside the repository) so
 * that tests can check the library's data against them; tests skip when the folder is absent, as
 * in a bare checkout.
 */
public final class SharedReference {

    private SharedReference() {}

    /**
     * Looks for a file under {@code shared/}, from the working directory up to the root.
     *
     * @param relative the path below {@code shared/}, such as "ref/sdg/goals.csv"
     * @return the file, if found
     */
    public static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a file under {@code shared/}, or skips the calling test if it cannot be found.
     *
     * @param relative the path below {@code shared/}
     * @return the file
     */
    public static Path require(String relative) {
        Optional<Path> file = find(relative);
        assumeTrue(file.isPresent(), "shared/" + relative + " not found above the working directory: skipped");
        return file.get();
    }

    /**
     * Reads the lines of a UTF-8 text file.
     *
     * @param file the file
     * @return its lines
     */
    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an RFC 4180 CSV file with a header row into one map per row, keyed by column name.
     *
     * @param file the file
     * @return the rows, in file order
     */
    public static List<Map<String, String>> csv(Path file) {
        List<List<String>> records = parseCsv(String.join("\n", lines(file)));
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
