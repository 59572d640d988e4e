package org.terrinclus.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;

/**
 * Hostile workbooks and tables get a finding, in bounded time and memory: this class runs in a
 * JVM with a small heap (see the module's pom), and each case within a time limit.
 */
class HostileWorkbookTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** The parts of a small valid workbook, to tamper with. */
    private static Map<String, byte[]> parts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerrinclusSpreadsheet.strict()
                .writeXlsx(List.of(ProjectRecord.builder().id("x").title("T").build()), out);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(out.toByteArray()))
                .get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** Writes parts as a zip, one part possibly streamed from a writer (for huge parts). */
    private static byte[] zip(Map<String, byte[]> parts, String streamed, PartWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals(streamed)) {
                    writer.write(zip);
                } else {
                    zip.write(part.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private static List<Finding> findings(byte[] file) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            SpreadsheetReading reading = TerrinclusSpreadsheet.strict().read(new ByteArrayInputStream(file), "x.xlsx");
            assertThat(reading.getRecords()).isEmpty();
            return reading.getFindings();
        });
    }

    @Test
    void aZipBombIsRefused() {
        // 256 MB of the same byte: a quarter of a megabyte once compressed.
        byte[] bomb = zip(parts(), "xl/worksheets/sheet1.xml", out -> {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 256; i++) {
                out.write(block);
            }
        });
        assertThat(bomb.length).isLessThan(1 << 20);
        List<Finding> findings = findings(bomb);
        assertThat(findings).extracting(Finding::getRule).containsExactly("sheet.limit");
        // Inflating stops at the first limit passed: 64 MB for one part.
        assertThat(findings.get(0).getMessageEn()).contains("sheet1.xml\" 64 MB");
    }

    @Test
    void aHugeSharedStringsTableIsRefused() {
        Map<String, byte[]> parts = parts();
        parts.put("xl/sharedStrings.xml", new byte[0]);
        byte[] workbook = zip(parts, "xl/sharedStrings.xml", out -> {
            out.write("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 2_000_000; i++) {
                out.write(("<si><t>s" + i + " ABCDEFGHIJ</t></si>").getBytes(StandardCharsets.US_ASCII));
            }
            out.write("</sst>".getBytes(StandardCharsets.US_ASCII));
        });
        List<Finding> findings = findings(workbook);
        assertThat(findings).extracting(Finding::getRule).containsExactly("sheet.limit");
        assertThat(findings.get(0).getMessageEn()).contains("sharedStrings.xml");
    }

    @Test
    void thousandsOfSheetsAreRefused() {
        Map<String, byte[]> parts = parts();
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        for (int i = 1; i <= 5000; i++) {
            sheets.append("<sheet name=\"S")
                    .append(i)
                    .append("\" sheetId=\"")
                    .append(i)
                    .append("\" r:id=\"rX")
                    .append(i)
                    .append("\"/>");
            rels.append("<Relationship Id=\"rX")
                    .append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                            + " Target=\"worksheets/sheet1.xml\"/>");
        }
        String workbook = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8)
                .replaceAll("<sheets>.*</sheets>", "<sheets>" + sheets + "</sheets>");
        String relations = new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8)
                .replace("</Relationships>", rels + "</Relationships>");
        parts.put("xl/workbook.xml", workbook.getBytes(StandardCharsets.UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", relations.getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = findings(zip(parts, null, null));
        assertThat(findings).extracting(Finding::getRule).containsExactly("sheet.limit");
        assertThat(findings.get(0).getMessageEn()).contains("more than 200 sheets");

        // And thousands of parts in the zip itself.
        Map<String, byte[]> many = parts();
        for (int i = 0; i < 3000; i++) {
            many.put("xl/worksheets/extra" + i + ".xml", new byte[] {'<', 'a', '/', '>'});
        }
        assertThat(findings(zip(many, null, null))).extracting(Finding::getRule).containsExactly("sheet.limit");
    }

    @Test
    void malformedXmlIsAFinding() {
        Map<String, byte[]> parts = parts();
        byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
        parts.put("xl/worksheets/sheet1.xml", java.util.Arrays.copyOf(sheet, sheet.length / 2));
        assertThat(findings(zip(parts, null, null)))
                .extracting(Finding::getRule)
                .containsExactly("sheet.unreadable");
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnyParsing() {
        Map<String, byte[]> parts = parts();
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String xxe = sheet.replaceFirst(
                        "(<\\?xml[^>]*\\?>)", "$1<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst("<v>", "<v>&xxe;");
        parts.put("xl/worksheets/sheet1.xml", xxe.getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = findings(zip(parts, null, null));
        assertThat(findings).extracting(Finding::getRule).containsExactly("sheet.unreadable");
        assertThat(findings.get(0).getMessageEn()).contains("DOCTYPE");
    }

    @Test
    void anOldExcelFileOrGarbageIsAFinding() {
        byte[] xls = new byte[512];
        xls[0] = (byte) 0xD0;
        xls[1] = (byte) 0xCF;
        assertThat(findings(xls).get(0).getMessageEn()).contains(".xls");
        assertThat(findings("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)))
                .extracting(Finding::getRule)
                .containsExactly("sheet.unreadable");
    }

    @Test
    void aHugeCsvCellIsRefused() {
        byte[] csv = ("id;title\r\nx;" + "a".repeat(100_000) + "\r\n").getBytes(StandardCharsets.UTF_8);
        SpreadsheetReading reading = TerrinclusSpreadsheet.strict().read(new ByteArrayInputStream(csv), "x.csv");
        assertThat(reading.getFindings()).extracting(Finding::getRule).containsExactly("sheet.limit");
    }
}
