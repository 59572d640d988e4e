package org.terrinclus.examples.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.iati.IatiExportResult;
import org.terrinclus.iati.IatiReadResult;
import org.terrinclus.iati.TerrinclusIati;
import org.terrinclus.iati.testing.ExportOptionsForTests;
import org.terrinclus.iati.testing.IatiSchema;
import org.terrinclus.project.ProjectRecord;

/** Every pilot sheet exports to IATI that the official schema accepts, and reads back equal. */
class PilotSheetsIatiTest {

    private static final TerrinclusIati IATI = TerrinclusIati.create();

    static Stream<String> ids() {
        return PilotSheets.ids().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void eachSheetExportsValidIatiAndReadsBackEqual(String id) throws Exception {
        ProjectRecord sheet = PilotSheets.byId(id).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiExportResult written = IATI.write(List.of(sheet), out, ExportOptionsForTests.publisher());

        assertThat(written.getFindings(0)).isEmpty();
        assertThat(IatiSchema.errors(out.toByteArray())).as("%s", out).isEmpty();
        List<IatiReadResult> read = IATI.read(out.toByteArray());
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getFindings()).isEmpty();
        assertThat(read.get(0).getRecord()).contains(sheet);
    }

    @Test
    void theWholeBundleIsOneValidDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiExportResult written = IATI.write(PilotSheets.all(), out, ExportOptionsForTests.publisher());

        assertThat(written.getActivities()).isEqualTo(PilotSheets.all().size());
        assertThat(written.hasErrors()).isFalse();
        assertThat(IatiSchema.errors(out.toByteArray())).isEmpty();
        assertThat(IATI.read(out.toByteArray()))
                .map(r -> r.getRecord().orElseThrow())
                .containsExactlyElementsOf(PilotSheets.all());
    }
}
