package org.terrinclus.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.spreadsheet.SpreadsheetReading;
import org.terrinclus.spreadsheet.TerrinclusSpreadsheet;
import org.terrinclus.testing.RecordGenerator;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Writing and reading 10 000 generated records as one XLSX workbook, against Apache POI's own
 * streaming writer (SXSSF) and event reader (XSSFReader with its sheet handler), on the same
 * workbook: the same sheets, headings and cells. One operation is the whole workbook.
 *
 * <p>Terrinclus' {@code writeRecords} and {@code readRecords} go from records to the workbook and
 * back (the layout, the JSON checks, every finding); POI's baselines only move the cells, already
 * laid out, so the ratio is what the whole library costs against the bare cells with POI.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class SpreadsheetBenchmark {

    /** The number of records in the workbook. */
    public static final int RECORDS = 10_000;

    private List<ProjectRecord> records;
    private TerrinclusSpreadsheet sheets;
    private byte[] workbook;
    /** The workbook's cells, sheet by sheet: headings first, then rows of text, numbers or null. */
    private List<String> names;

    private List<List<List<Object>>> tables;

    /** Creates the benchmark; JMH does. */
    public SpreadsheetBenchmark() {}

    /** Generates the records and writes the workbook that the readers read. */
    @Setup
    public void setUp() throws IOException {
        RecordGenerator generator = new RecordGenerator(1);
        records = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            ProjectRecord record = generator.next();
            records.add(ProjectRecord.builder()
                    .from(record)
                    .id(record.getId() + "-" + i)
                    .build());
        }
        sheets = TerrinclusSpreadsheet.strict();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.writeXlsx(records, out);
        workbook = out.toByteArray();
        SpreadsheetReading check = sheets.read(new ByteArrayInputStream(workbook), "bench.xlsx");
        if (check.getRecords().size() != RECORDS || check.hasErrors()) {
            throw new IllegalStateException("The workbook does not read back: " + check.getFindings());
        }
        // The same cells, for POI's writer: read them once with POI's reader.
        names = new ArrayList<>();
        tables = new ArrayList<>();
        readWithPoi(workbook, names, tables);
    }

    /** Terrinclus: 10 000 records to an XLSX workbook. */
    @Benchmark
    public long writeRecords() {
        CountingStream out = new CountingStream();
        sheets.writeXlsx(records, out);
        return out.count;
    }

    /** Terrinclus: an XLSX workbook to 10 000 records, with every check of reading. */
    @Benchmark
    public void readRecords(Blackhole hole) {
        hole.consume(sheets.read(new ByteArrayInputStream(workbook), "bench.xlsx"));
    }

    /** Baseline: the same cells written with POI's streaming SXSSF workbook. */
    @Benchmark
    public long writeCellsWithPoi() throws IOException {
        CountingStream out = new CountingStream();
        try (SXSSFWorkbook poi = new SXSSFWorkbook(100)) {
            poi.setCompressTempFiles(false);
            for (int t = 0; t < names.size(); t++) {
                Sheet sheet = poi.createSheet(names.get(t));
                List<List<Object>> rows = tables.get(t);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof BigDecimal) {
                            row.createCell(c).setCellValue(((BigDecimal) value).doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue((String) value);
                        }
                    }
                }
            }
            poi.write(out);
            poi.dispose();
        }
        return out.count;
    }

    /** Baseline: the workbook's cells read with POI's event API (XSSFReader and its sheet handler). */
    @Benchmark
    public void readCellsWithPoi(Blackhole hole) throws Exception {
        List<String> sheetNames = new ArrayList<>();
        List<List<List<Object>>> cells = new ArrayList<>();
        readWithPoi(workbook, sheetNames, cells);
        hole.consume(cells);
    }

    private static void readWithPoi(byte[] workbook, List<String> names, List<List<List<Object>>> tables)
            throws IOException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    names.add(it.getSheetName());
                    List<List<Object>> rows = new ArrayList<>();
                    tables.add(rows);
                    XMLReader xml = factory.newSAXParser().getXMLReader();
                    xml.setContentHandler(
                            new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Collect(rows), false));
                    xml.parse(new InputSource(sheet));
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Collects the formatted cells of a sheet, numbers as numbers. */
    private static final class Collect implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<Object>> rows;
        private List<Object> row;

        Collect(List<List<Object>> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            row = new ArrayList<>();
            rows.add(row);
        }

        @Override
        public void endRow(int rowNum) {}

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (row.size() < column) {
                row.add(null);
            }
            row.add(
                    value != null && value.matches("\\d+(\\.\\d+)?") && rows.size() > 1
                            ? new BigDecimal(value)
                            : value);
        }
    }

    /** Counts the bytes written, and keeps none. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
