package org.terrinclus.spreadsheet;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.terrinclus.json.ReadMode;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.internal.Assembler;
import org.terrinclus.spreadsheet.internal.CsvFiles;
import org.terrinclus.spreadsheet.internal.Field;
import org.terrinclus.spreadsheet.internal.Flattener;
import org.terrinclus.spreadsheet.internal.FormatDescription;
import org.terrinclus.spreadsheet.internal.Headers;
import org.terrinclus.spreadsheet.internal.Layout;
import org.terrinclus.spreadsheet.internal.SheetData;
import org.terrinclus.spreadsheet.internal.SheetLimits;
import org.terrinclus.spreadsheet.internal.Template;
import org.terrinclus.spreadsheet.internal.Titles;
import org.terrinclus.spreadsheet.internal.XlsxFiles;
import org.terrinclus.spreadsheet.internal.ZipGuard;
import org.terrinclus.validation.Finding;

/**
 * Reads and writes project records as spreadsheets: XLSX workbooks and CSV tables in one layout
 * (docs/spreadsheets.md), and fillable templates. Thread-safe and immutable; build one and share
 * it.
 *
 * <p>The layout has a sheet of records, one row per record, and one sheet per repeated part
 * (partners, funding tables, contributions, key figures…) whose rows give the id of their record.
 * Reading never throws on bad input: a file that is not a workbook, a hostile one (a zip bomb, a
 * document type declaration, thousands of sheets), an unknown column, an ambiguous number, a
 * missing field — each becomes a finding that names its cell.
 *
 * <pre>{@code
 * TerrinclusSpreadsheet sheets = TerrinclusSpreadsheet.strict();
 * sheets.writeXlsx(records, out);
 * SpreadsheetReading reading = sheets.read(Path.of("portfolio.xlsx"));
 * }</pre>
 */
public final class TerrinclusSpreadsheet {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES) // 1.0 stays 1.0
            .build();

    private final TerrinclusJson json;
    private final Headings headings;
    private final SheetLimits limits;
    private final ColumnMapping mapping;

    private TerrinclusSpreadsheet(TerrinclusJson json, Headings headings, SheetLimits limits, ColumnMapping mapping) {
        this.json = json;
        this.headings = headings;
        this.limits = limits;
        this.mapping = mapping;
    }

    /**
     * Returns a reader and writer that refuses fields the format does not define, and writes
     * headings as paths.
     *
     * @return a strict instance
     */
    public static TerrinclusSpreadsheet strict() {
        return new TerrinclusSpreadsheet(TerrinclusJson.strict(), Headings.PATHS, SheetLimits.defaults(), null);
    }

    /**
     * Returns an instance that reads records the way a JSON reader of the given mode does.
     *
     * @param mode strict or lenient
     * @return the instance, writing headings as paths
     */
    public static TerrinclusSpreadsheet of(ReadMode mode) {
        return new TerrinclusSpreadsheet(
                mode == ReadMode.LENIENT ? TerrinclusJson.lenient() : TerrinclusJson.strict(),
                Headings.PATHS,
                SheetLimits.defaults(),
                null);
    }

    /**
     * Returns a copy that writes the given headings. Reading accepts every kind of heading.
     *
     * @param headings paths, French or English titles
     * @return the copy
     */
    public TerrinclusSpreadsheet withHeadings(Headings headings) {
        return new TerrinclusSpreadsheet(json, Objects.requireNonNull(headings, "headings"), limits, mapping);
    }

    /**
     * Returns a copy that reads portfolios in their owner's columns, as the mapping says: one
     * record per row of the first sheet. Writing is not affected.
     *
     * @param mapping the mapping of columns to fields
     * @return the copy
     */
    public TerrinclusSpreadsheet withMapping(ColumnMapping mapping) {
        return new TerrinclusSpreadsheet(json, headings, limits, Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * Returns the headings this instance writes.
     *
     * @return the headings
     */
    public Headings getHeadings() {
        return headings;
    }

    /**
     * Writes records as an XLSX workbook: the sheet of records, then one sheet per repeated part.
     *
     * @param records the records
     * @param out where to write; not closed
     * @throws IllegalArgumentException if a record holds a field the format does not define (kept
     *     by a lenient reader), which has no column: write such a record as JSON
     * @throws UncheckedIOException if writing fails
     */
    public void writeXlsx(List<ProjectRecord> records, OutputStream out) {
        List<JsonNode> trees = trees(records);
        List<XlsxFiles.SheetOut> sheets = new ArrayList<>();
        for (Layout.Table table : Layout.get().getTables()) {
            sheets.add(new XlsxFiles.SheetOut(
                    Headers.sheetName(table, sheetStyle()), Headers.headings(table, style()), rows(table, trees)));
        }
        try {
            XlsxFiles.write(sheets, out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes records as a zip of CSV files, one per table of the layout ({@code records.csv},
     * {@code funding.contributions.csv}…): UTF-8 with a byte-order mark, semicolons, CRLF, as
     * Excel in France reads them.
     *
     * @param records the records
     * @param out where to write the zip; not closed
     * @throws IllegalArgumentException if a record holds a field the format does not define
     * @throws UncheckedIOException if writing fails
     */
    public void writeCsvZip(List<ProjectRecord> records, OutputStream out) {
        List<JsonNode> trees = trees(records);
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Layout.Table table : Layout.get().getTables()) {
                ZipEntry entry = new ZipEntry(Headers.fileName(table, style()) + ".csv");
                entry.setTime(0);
                zip.putNextEntry(entry);
                CsvFiles.write(Headers.headings(table, style()), rows(table, trees), headings == Headings.FRENCH, zip);
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes records as one CSV table: the sheet of records alone. Records with repeated parts
     * (partners, funding…) need {@link #writeCsvZip}: they are refused here rather than cut.
     *
     * @param records the records
     * @param out where to write; not closed
     * @throws IllegalArgumentException if a record has a repeated part, or a field the format does
     *     not define
     * @throws UncheckedIOException if writing fails
     */
    public void writeCsv(List<ProjectRecord> records, OutputStream out) {
        List<JsonNode> trees = trees(records);
        for (Layout.Table table : Layout.get().getTables()) {
            if (!table.isMain() && !rows(table, trees).isEmpty()) {
                throw new IllegalArgumentException(
                        "A record has " + Titles.sheet(table, false).toLowerCase(Locale.ROOT)
                                + ", which one CSV table cannot hold: write a zip of CSV files (writeCsvZip) or a workbook");
            }
        }
        Layout.Table main = Layout.get().getMain();
        try {
            CsvFiles.write(Headers.headings(main, style()), rows(main, trees), headings == Headings.FRENCH, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an empty workbook to fill in: titled columns, drop-down lists for every code list, a
     * notes sheet that explains each column.
     *
     * @param language French or English, for the titles, lists and notes
     * @param out where to write; not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeTemplate(Locale language, OutputStream out) {
        try {
            Template.write("fr".equals(language.getLanguage()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a spreadsheet file: an XLSX workbook, a zip of CSV files, or one CSV table, told apart
     * by their content.
     *
     * @param file the file
     * @return the records and findings; a file that cannot be opened is a finding too
     */
    public SpreadsheetReading read(Path file) {
        try {
            if (Files.size(file) > limits.getMaxFileBytes()) {
                return refused(limitRefusal(
                        "le fichier dépasse " + (limits.getMaxFileBytes() >> 20) + " Mo",
                        "the file exceeds " + (limits.getMaxFileBytes() >> 20) + " MB"));
            }
            return read(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            return unreadable(
                    "ce fichier ne peut pas être ouvert (" + e.getMessage() + ")",
                    "the file cannot be opened (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a spreadsheet from a stream: an XLSX workbook, a zip of CSV files, or one CSV table.
     *
     * @param in the stream; read to its end (at most the size limit), not closed
     * @param name the file's name, used as the sheet name of a lone CSV table
     * @return the records and findings
     * @throws UncheckedIOException if the stream itself fails
     */
    public SpreadsheetReading read(InputStream in, String name) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.getMaxFileBytes() + 1));
            if (bytes.length > limits.getMaxFileBytes()) {
                return refused(limitRefusal(
                        "le fichier dépasse " + (limits.getMaxFileBytes() >> 20) + " Mo",
                        "the file exceeds " + (limits.getMaxFileBytes() >> 20) + " MB"));
            }
            return read(bytes, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SpreadsheetReading read(byte[] bytes, String name) {
        List<SheetData> sheets = new ArrayList<>();
        List<Finding> fileFindings = new ArrayList<>();
        try {
            if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
                ZipGuard.check(bytes, limits);
                if (isWorkbook(bytes)) {
                    sheets.addAll(XlsxFiles.read(bytes, limits));
                } else {
                    sheets.addAll(csvZip(bytes, fileFindings));
                }
            } else if (bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF) {
                return unreadable(
                        "c'est un classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx",
                        "it is an Excel 97-2003 workbook (.xls): save it as .xlsx");
            } else {
                CsvFiles.Dialect dialect = CsvFiles.dialect(bytes);
                note(dialect, name, fileFindings);
                String table = name.replaceAll("(?i)\\.csv$", "");
                sheets.add(CsvFiles.read(table, bytes, dialect, limits));
            }
        } catch (ZipGuard.Refusal refusal) {
            return refused(refusal);
        } catch (IOException | RuntimeException e) {
            return unreadable(
                    "ce n'est pas un classeur lisible (" + e.getClass().getSimpleName() + ")",
                    "it is not a readable workbook (" + e.getClass().getSimpleName() + ")");
        }
        Assembler.Result assembled = mapping != null
                ? mapping.rules().assemble(sheets)
                : Assembler.assemble(sheets, List.of(Template.NOTES_FR, Template.NOTES_EN, Template.LISTS));
        List<SheetRecord> records = new ArrayList<>();
        int index = 0;
        for (Assembler.Assembled record : assembled.records) {
            records.add(toRecord(record, index++));
        }
        fileFindings.addAll(assembled.findings);
        return new SpreadsheetReading(records, fileFindings, assembled.findingCells);
    }

    private SheetRecord toRecord(Assembler.Assembled assembled, int index) {
        List<Finding> findings = new ArrayList<>(assembled.findings);
        ProjectRecord record = null;
        try {
            ReadResult read = json.read(MAPPER.writeValueAsBytes(assembled.json));
            for (Finding finding : read.getFindings()) {
                // The line and column are those of an intermediate JSON text: the cell says where.
                Finding located = Finding.of(
                        finding.getRule(),
                        finding.getSeverity(),
                        finding.getPath(),
                        finding.getMessageFr(),
                        finding.getMessageEn());
                findings.add(located);
                if (finding.getRule().equals("json.required")) {
                    missingCell(assembled, finding.getPath())
                            .ifPresent(cell -> assembled.findingCells.put(located, cell));
                }
            }
            if (assembled.findings.stream()
                    .noneMatch(f -> f.getSeverity() == org.terrinclus.validation.Severity.ERROR)) {
                record = read.getRecord().orElse(null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode id = assembled.json.get("id");
        return new SheetRecord(
                record,
                findings,
                index,
                id != null && id.isTextual() ? id.asText() : null,
                assembled.row,
                assembled.cells,
                new IdentityHashMap<>(assembled.findingCells));
    }

    /** The cell of the first required field missing from the object at a pointer. */
    private static Optional<CellLocation> missingCell(Assembler.Assembled assembled, String pointer) {
        JsonNode object = assembled.json.at(pointer);
        Optional<Field> field = FormatDescription.get().field(pointer);
        if (field.isEmpty() || !object.isObject()) {
            return Optional.empty();
        }
        for (Field property : field.get().getProperties().values()) {
            if (property.isRequired() && !object.has(property.getName())) {
                Optional<CellLocation> cell = assembled.missing(pointer, property.getName());
                if (cell.isPresent()) {
                    return cell;
                }
            }
        }
        return Optional.empty();
    }

    private List<SheetData> csvZip(byte[] bytes, List<Finding> findings) throws IOException, ZipGuard.Refusal {
        List<SheetData> sheets = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                String entryName = entry.getName().replaceAll(".*/", "");
                if (entry.isDirectory() || !entryName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes(); // bounded: ZipGuard has measured every entry
                }
                CsvFiles.Dialect dialect = CsvFiles.dialect(content);
                note(dialect, entryName, findings);
                sheets.add(CsvFiles.read(entryName.replaceAll("(?i)\\.csv$", ""), content, dialect, limits));
            }
        }
        return sheets;
    }

    private static boolean isWorkbook(byte[] bytes) throws IOException {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            return zip.getEntry("xl/workbook.xml") != null || zip.getEntry("[Content_Types].xml") != null;
        }
    }

    private static void note(CsvFiles.Dialect dialect, String name, List<Finding> findings) {
        if (dialect.doubtFr != null) {
            findings.add(SheetRules.CSV_DIALECT.finding(
                    "", "« " + name + " » : " + dialect.doubtFr + ".", "\"" + name + "\": " + dialect.doubtEn + "."));
        }
    }

    private static SpreadsheetReading refused(ZipGuard.Refusal refusal) {
        SheetRules rule = refusal.isLimit() ? SheetRules.LIMIT : SheetRules.UNREADABLE;
        Finding finding = rule.finding(
                "",
                "Le fichier n'est pas lu : " + refusal.getFrench() + ".",
                "The file is not read: " + refusal.getMessage() + ".");
        return new SpreadsheetReading(List.of(), List.of(finding), Map.of());
    }

    private static ZipGuard.Refusal limitRefusal(String french, String english) {
        return new ZipGuard.Refusal(french, english, true);
    }

    private static SpreadsheetReading unreadable(String french, String english) {
        Finding finding = SheetRules.UNREADABLE.finding(
                "", "Le fichier n'est pas lu : " + french + ".", "The file is not read: " + english + ".");
        return new SpreadsheetReading(List.of(), List.of(finding), Map.of());
    }

    private List<JsonNode> trees(List<ProjectRecord> records) {
        List<JsonNode> trees = new ArrayList<>(records.size());
        for (ProjectRecord record : records) {
            try {
                JsonNode tree = MAPPER.readTree(json.writeBytes(record));
                Flattener.checkKnown(tree);
                trees.add(tree);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return trees;
    }

    private static List<List<Object>> rows(Layout.Table table, List<JsonNode> trees) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode tree : trees) {
            rows.addAll(Flattener.rows(table, tree));
        }
        return rows;
    }

    private Headers.Style style() {
        return Headers.Style.valueOf(headings.name());
    }

    /** Sheet names are titles even with path headings: a sheet name cannot hold a slash. */
    private Headers.Style sheetStyle() {
        return headings == Headings.FRENCH ? Headers.Style.FRENCH : Headers.Style.ENGLISH;
    }
}
