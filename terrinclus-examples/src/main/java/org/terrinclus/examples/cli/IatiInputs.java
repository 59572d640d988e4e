package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.terrinclus.iati.IatiReadResult;
import org.terrinclus.iati.IatiReader;
import org.terrinclus.iati.TerrinclusIati;

/** IATI activity files among the inputs: which files are, and how to read them. */
final class IatiInputs {

    private static final TerrinclusIati IATI = TerrinclusIati.create();

    private IatiInputs() {}

    /**
     * Whether a file is read as IATI: a {@code .xml} file; a file of another extension than the
     * JSON ones whose first character, after white space, is {@code <}.
     */
    static boolean isIati(Path path) {
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return true;
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] start = in.readNBytes(1024);
            int i = 0;
            if (start.length >= 3
                    && (start[0] & 0xFF) == 0xEF
                    && (start[1] & 0xFF) == 0xBB
                    && (start[2] & 0xFF) == 0xBF) {
                i = 3;
            }
            while (i < start.length && Character.isWhitespace(start[i])) {
                i++;
            }
            return i < start.length && start[i] == '<';
        } catch (IOException e) {
            return false; // reported when the file is read
        }
    }

    /** Reads every activity of an IATI source; a source that cannot be opened goes to {@code failure}. */
    static void read(Source source, Consumer<IatiReadResult> each, BiConsumer<Integer, IOException> failure) {
        InputStream in;
        try {
            in = source.open();
        } catch (IOException e) {
            failure.accept(0, e);
            return;
        }
        try (IatiReader reader = IATI.readAll(in)) {
            while (reader.hasNext()) {
                each.accept(reader.next());
            }
        }
    }
}
