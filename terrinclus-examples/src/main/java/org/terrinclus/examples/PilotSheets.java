package org.terrinclus.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Severity;

/**
 * The twelve pilot sheets (<i>fiches de capitalisation</i>) of the ADF guide of July 2017, as
 * project records in the Terrinclus JSON format, bundled as resources of this module.
 *
 * <p>They are real data, with the guide's own inconsistencies kept as printed (a TOTAL that does
 * not add up, a recommendation filed under an unusual family); {@code SHEETS.md} beside this
 * module's pom lists them sheet by sheet. The records are read once, strictly, on first use.
 *
 * <pre>{@code
 * ProjectRecord aude = PilotSheets.byId("aude").orElseThrow();
 * List<ProjectRecord> all = PilotSheets.all();          // the twelve, in the guide's order
 * try (InputStream json = PilotSheets.open("aude")) {  // the JSON text itself
 *     ...
 * }
 * }</pre>
 */
public final class PilotSheets {

    /** The folder of the sheets among the class path resources, with a trailing slash. */
    public static final String RESOURCE_FOLDER = "org/terrinclus/examples/sheets/";

    /** The sheets' file names, in the guide's order. */
    private static final List<String> FILE_NAMES = List.of(
            "01-aude.json",
            "02-loire-atlantique.json",
            "03-meurthe-et-moselle.json",
            "04-pas-de-calais.json",
            "05-savoie-anima-terre-jeunesse.json",
            "06-savoie-action-sociale-de-l-autre.json",
            "07-yvelines.json",
            "08-val-de-marne.json",
            "09-suresnes.json",
            "10-cfsi.json",
            "11-f3e.json",
            "12-solidarite-laique.json");

    private PilotSheets() {}

    /**
     * Returns the twelve pilot sheets, in the guide's order (Aude first, Solidarité Laïque last).
     *
     * @return an unmodifiable list of twelve records
     * @throws IllegalStateException if a bundled sheet cannot be read, naming its findings; this
     *     does not happen with the sheets as shipped, and a test checks it
     */
    public static List<ProjectRecord> all() {
        return Loaded.RECORDS;
    }

    /**
     * Returns the sheet with the given record id, as {@code "aude"} or {@code "solidarite-laique"}.
     *
     * @param id a record id
     * @return the sheet, or empty if none has this id
     */
    public static Optional<ProjectRecord> byId(String id) {
        Objects.requireNonNull(id, "id");
        return all().stream().filter(r -> r.getId().equals(id)).findFirst();
    }

    /**
     * Returns the ids of the twelve sheets, in the guide's order.
     *
     * @return an unmodifiable list, as {@code ["aude", "loire-atlantique", …]}
     */
    public static List<String> ids() {
        return all().stream().map(ProjectRecord::getId).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the class path resource names of the sheets' JSON files, in the guide's order, for
     * {@link ClassLoader#getResourceAsStream(String)}: {@code
     * "org/terrinclus/examples/sheets/01-aude.json"}, …
     *
     * @return an unmodifiable list of twelve resource names
     */
    public static List<String> resourceNames() {
        return FILE_NAMES.stream().map(name -> RESOURCE_FOLDER + name).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the resource name of one sheet's JSON file.
     *
     * @param id a record id, as {@code "aude"}
     * @return the resource name, as {@code "org/terrinclus/examples/sheets/01-aude.json"}
     * @throws IllegalArgumentException if no sheet has this id
     */
    public static String resourceName(String id) {
        List<ProjectRecord> records = all();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).getId().equals(id)) {
                return resourceNames().get(i);
            }
        }
        throw new IllegalArgumentException("No pilot sheet has the id '" + id + "'; the ids are " + ids());
    }

    /**
     * Opens the JSON text of one sheet, for tools that want the bytes as shipped (with their line
     * numbers) rather than the record. The caller closes the stream.
     *
     * @param id a record id, as {@code "aude"}
     * @return the UTF-8 JSON text of the sheet
     * @throws IllegalArgumentException if no sheet has this id
     */
    public static InputStream open(String id) {
        return openResource(resourceName(id));
    }

    /**
     * Opens a bundled sheet by its resource name, as listed by {@link #resourceNames()}.
     *
     * @param resourceName a resource name
     * @return the UTF-8 JSON text of the sheet; the caller closes it
     * @throws IllegalArgumentException if the name is not one of the sheets'
     */
    public static InputStream openResource(String resourceName) {
        if (!resourceNames().contains(resourceName)) {
            throw new IllegalArgumentException("Not a pilot sheet: '" + resourceName + "'");
        }
        InputStream in = PilotSheets.class.getClassLoader().getResourceAsStream(resourceName);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resourceName + ": is the jar complete?");
        }
        return in;
    }

    /** Reads the sheets on first use only (initialisation-on-demand holder). */
    private static final class Loaded {
        static final List<ProjectRecord> RECORDS = read();

        private static List<ProjectRecord> read() {
            TerrinclusJson json = TerrinclusJson.strict();
            List<ProjectRecord> records = new ArrayList<>(FILE_NAMES.size());
            for (String name : resourceNames()) {
                ReadResult result;
                try (InputStream in = openResource(name)) {
                    result = json.read(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + name, e);
                }
                if (!result.isRead()) {
                    throw new IllegalStateException("The bundled sheet " + name + " cannot be read: "
                            + result.getFindings().stream()
                                    .filter(f -> f.getSeverity() == Severity.ERROR)
                                    .map(f ->
                                            f.getRule() + " at " + (f.getPath().isEmpty() ? "/" : f.getPath()) + ": "
                                                    + f.getMessage(Locale.ENGLISH))
                                    .collect(Collectors.joining("; ")));
                }
                records.add(result.getRecord().orElseThrow());
            }
            return List.copyOf(records);
        }
    }
}
