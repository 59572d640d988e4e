package org.terrinclus.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.terrinclus.validation.Finding;

/**
 * Huge input in a JVM with a 48 MB heap (see the module's POM): a 100 MB file of activities is
 * read as a stream, and a 50 MB text, a 200 000-element activity or 100 000-deep nesting each give
 * a finding, in bounded time and memory.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BoundedXmlTest {

    private static final TerrinclusIati IATI = TerrinclusIati.create();
    private static final String HEADER = "<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\">\n";
    private static final String FOOTER = "</iati-activities>\n";

    @Test
    void aHundredMegabyteFileIsReadAsAStream() throws Exception {
        long size = 100L * 1024 * 1024;
        long expected = HostileXml.bodies(HEADER, HostileXml.ACTIVITY, size);
        long count = 0;
        long errors = 0;
        try (InputStream in = HostileXml.repeated(HEADER, HostileXml.ACTIVITY, FOOTER, size);
                IatiReader reader = IATI.readAll(in)) {
            while (reader.hasNext()) {
                IatiReadResult result = reader.next();
                assertThat(result.getRecord()).isPresent();
                assertThat(result.getRecord().get().getId()).isEqualTo("XM-DAC-7-" + count);
                if (result.hasErrors()) {
                    errors++;
                }
                count++;
            }
        }
        assertThat(count).isEqualTo(expected).isGreaterThan(100_000);
        assertThat(errors).isZero();
    }

    @Test
    void aFiftyMegabyteTextIsALimit() throws Exception {
        String header = HEADER + "<iati-activity><iati-identifier>A</iati-identifier><title><narrative>";
        List<Finding> findings = findings(HostileXml.repeated(
                header, "x".repeat(8192), "</narrative></title></iati-activity>" + FOOTER, 50L * 1024 * 1024));
        assertThat(findings).extracting(Finding::getRule).contains("iati.xml.limit");
    }

    @Test
    void anActivityOfTwoHundredThousandElementsIsCutAtTheLimit() throws Exception {
        String header = HEADER + "<iati-activity><iati-identifier>A</iati-identifier>";
        List<IatiReadResult> results = results(
                HostileXml.repeated(header, "<sector code=\"1\"/>", "</iati-activity>" + FOOTER, 200_000L * 18));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getRecord()).isPresent();
        assertThat(results.get(0).getFindings()).extracting(Finding::getRule).contains("iati.xml.limit");
    }

    @Test
    void deepNestingIsALimit() throws Exception {
        List<Finding> findings = findings(HostileXml.repeated(HEADER + "<iati-activity>", "<a>", "", 100_000L * 3));
        assertThat(findings).extracting(Finding::getRule).contains("iati.xml.limit");
    }

    private static List<IatiReadResult> results(InputStream in) throws Exception {
        try (in) {
            List<IatiReadResult> results = new java.util.ArrayList<>();
            try (IatiReader reader = IATI.readAll(in)) {
                reader.forEachRemaining(results::add);
            }
            return results;
        }
    }

    private static List<Finding> findings(InputStream in) throws Exception {
        return results(in).stream().flatMap(r -> r.getFindings().stream()).toList();
    }
}
