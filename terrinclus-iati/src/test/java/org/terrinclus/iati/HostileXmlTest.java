package org.terrinclus.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.validation.Finding;

/** Hostile or broken XML gives findings, quickly, and never an exception. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileXmlTest {

    private static final TerrinclusIati IATI = TerrinclusIati.create();
    private static final String ACTIVITY =
            "<iati-activity><iati-identifier>XM-DAC-7-1</iati-identifier></iati-activity>";

    private static List<Finding> findings(String xml) {
        return findings(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Finding> findings(byte[] xml) {
        return IATI.read(xml).stream().flatMap(r -> r.getFindings().stream()).toList();
    }

    @Test
    void billionLaughsIsRefusedAtTheDtd() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]><iati-activities version=\"2.03\"><iati-activity><iati-identifier>&lol9;</iati-identifier>"
                + "</iati-activity></iati-activities>");
        List<IatiReadResult> results = IATI.read(dtd.toString());
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getRecord()).isEmpty();
        assertThat(results.get(0).getFindings()).extracting(Finding::getRule).containsExactly("iati.xml.dtd");
    }

    @Test
    void anExternalEntityIsNeverFetched(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&xxe;</iati-identifier>"
                + "</iati-activity></iati-activities>";
        List<IatiReadResult> results = IATI.read(xml);
        assertThat(results.toString()).doesNotContain("TOP-SECRET");
        assertThat(findings(xml)).extracting(Finding::getRule).containsExactly("iati.xml.dtd");

        String external = "<?xml version=\"1.0\"?><!DOCTYPE iati-activities SYSTEM \"" + secret.toUri() + "\">"
                + "<iati-activities version=\"2.03\">" + ACTIVITY + "</iati-activities>";
        assertThat(findings(external)).extracting(Finding::getRule).containsExactly("iati.xml.dtd");
    }

    @Test
    void anUndeclaredEntityIsASyntaxError() {
        String xml = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&xxe;</iati-identifier>"
                + "</iati-activity></iati-activities>";
        List<IatiReadResult> results = IATI.read(xml);
        assertThat(results).hasSize(1);
        // The activity reached is still a record, with the finding that stopped reading.
        assertThat(results.get(0).getRecord()).isPresent();
        assertThat(results.get(0).getFindings()).extracting(Finding::getRule).contains("iati.xml.syntax");
    }

    @Test
    void invalidCharactersAreSyntaxErrors() {
        assertThat(findings("<iati-activities version=\"2.03\"><iati-activity><title><narrative>a&#1;b</narrative>"
                        + "</title></iati-activity></iati-activities>"))
                .extracting(Finding::getRule)
                .contains("iati.xml.syntax");
        assertThat(findings("<iati-activities version=\"2.03\"><iati-activity><title><narrative>a\u0001b</narrative>"
                        + "</title></iati-activity></iati-activities>"))
                .extracting(Finding::getRule)
                .contains("iati.xml.syntax");
        byte[] latin1 = "<iati-activities version=\"2.03\"><iati-activity><title><narrative>caf\u00e9</narrative>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(findings(latin1)).extracting(Finding::getRule).contains("iati.xml.syntax");
    }

    @Test
    void aLoneSurrogateIsAFindingNeverAnException() {
        String head = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>XM-DAC-7-1</iati-identifier>"
                + "<title><narrative>a";
        String tail = "b</narrative></title></iati-activity></iati-activities>";
        // As a character reference, as a pair of references, and as the bytes UTF-8 never uses for it.
        for (byte[] xml : List.of(
                (head + "&#xD800;" + tail).getBytes(StandardCharsets.UTF_8),
                (head + "&#xD83D;&#xDE00;" + tail).getBytes(StandardCharsets.UTF_8),
                concat(head, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, tail))) {
            List<IatiReadResult> results = IATI.read(xml);
            assertThat(results).isNotEmpty();
            assertThat(results.stream().flatMap(r -> r.getFindings().stream()))
                    .extracting(Finding::getRule)
                    .contains("iati.xml.syntax");
            results.forEach(r -> r.getRecord()
                    .ifPresent(record -> assertThat(record.getTitle())
                            .doesNotContain("\uD800")
                            .doesNotContain("\uD83D")));
        }
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aTruncatedFileKeepsTheActivitiesBeforeTheCut() {
        String xml = "<iati-activities version=\"2.03\">" + ACTIVITY
                + "<iati-activity><iati-identifier>XM-DAC-7-2</iati-identifier><title><narr";
        List<IatiReadResult> results = IATI.read(xml);
        assertThat(results).hasSize(2);
        assertThat(results.get(0).getRecord().orElseThrow().getId()).isEqualTo("XM-DAC-7-1");
        assertThat(results.get(0).hasErrors()).isFalse();
        assertThat(results.get(1).getRecord().orElseThrow().getId()).isEqualTo("XM-DAC-7-2");
        Finding syntax = results.get(1).getFindings().stream()
                .filter(f -> f.getRule().equals("iati.xml.syntax"))
                .findFirst()
                .orElseThrow();
        assertThat(syntax.getLine()).contains(1);
        assertThat(syntax.getColumn()).isPresent();
    }

    @Test
    void notAnActivityFileIsSaidSo() {
        assertThat(findings("")).extracting(Finding::getRule).containsExactly("iati.xml.syntax");
        assertThat(findings("{\"id\": \"aude\"}")).extracting(Finding::getRule).containsExactly("iati.xml.syntax");
        assertThat(findings("<iati-organisations version=\"2.03\"/>"))
                .extracting(Finding::getRule)
                .containsExactly("iati.root");
        assertThat(findings("<iati-activities version=\"2.03\"/>")).isEmpty();
        assertThat(findings("<iati-activities version=\"2.03\">" + ACTIVITY + "</iati-activities><x/>"))
                .extracting(Finding::getRule)
                .contains("iati.xml.syntax");
    }

    @Test
    void aHugeAttributeIsALimit() {
        String xml = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier ref=\"" + "x".repeat(100_000)
                + "\">A</iati-identifier></iati-activity></iati-activities>";
        assertThat(findings(xml)).extracting(Finding::getRule).contains("iati.xml.limit");
    }

    @Test
    void elementsOutsideActivitiesAreNamed() {
        String xml = "<iati-activities version=\"2.03\"><comment>x</comment>" + ACTIVITY + "</iati-activities>";
        List<IatiReadResult> results = IATI.read(xml);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getFindings()).extracting(Finding::getRule).containsExactly("iati.unmapped");
    }

    @Test
    void writingACharacterXmlCannotCarryIsAFinding() {
        var record = org.terrinclus.project.ProjectRecord.builder()
                .id("x")
                .title("a\u0001b")
                .build();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        IatiExportResult written = IATI.write(List.of(record), out, IatiExportOptions.none());
        assertThat(written.getFindings(0)).extracting(Finding::getRule).contains("iati.export.dropped");
        // The document stays well-formed: it reads back, with the character replaced.
        assertThat(IATI.read(out.toByteArray()).get(0).getRecord().orElseThrow().getTitle())
                .isEqualTo("a\uFFFDb");
    }
}
