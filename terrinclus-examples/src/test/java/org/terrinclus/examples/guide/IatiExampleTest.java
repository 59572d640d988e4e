package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.terrinclus.iati.IatiExportOptions;
import org.terrinclus.iati.IatiExportResult;
import org.terrinclus.iati.IatiPublicationRule;
import org.terrinclus.iati.IatiReadResult;
import org.terrinclus.iati.IatiReader;
import org.terrinclus.iati.TerrinclusIati;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;

/** Example (g): publish a record as an IATI activity, and read an IATI file back as records. */
class IatiExampleTest {

    @Test
    void publishesAndReadsIati() throws Exception {
        ProjectRecord record = BuildRecordExampleTest.record();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // tag::iati-export[]
        TerrinclusIati iati = TerrinclusIati.create(); // thread-safe: build one and share it
        IatiExportOptions options = IatiExportOptions.builder() // what IATI requires and records lack
                .reportingOrganisation("FR-RCS-221100015", "11", "Département de l'Aude")
                .identifierPrefix("FR-RCS-221100015") // activity FR-RCS-221100015-aude-sousse-jeunesse
                .activityStatus(2) // implementation
                .plannedStart(LocalDate.of(2012, 9, 1))
                .valueDate(LocalDate.of(2017, 3, 31)) // the date of the funding values
                .build();
        List<Finding> beforePublishing = IatiPublicationRule.check(record, options); // the `iati` profile
        IatiExportResult written = iati.write(List.of(record), out, options);
        // written.getFindings(0) names what IATI requires and neither the record nor the options give
        // end::iati-export[]

        assertThat(beforePublishing).isEmpty();
        assertThat(written.getActivities()).isEqualTo(1);
        assertThat(written.getFindings(0)).isEmpty();
        String xml = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml)
                .contains(">FR-RCS-221100015-aude-sousse-jeunesse</iati-identifier>")
                .contains("<tag vocabulary=\"2\" code=\"4\">")
                .contains("<terrinclus:contribution row=\"2\" kind=\"not-evaluable\">");

        List<ProjectRecord> records = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        // tag::iati-import[]
        try (IatiReader activities = iati.readAll(new ByteArrayInputStream(out.toByteArray()))) {
            while (activities.hasNext()) { // one activity in memory at a time, whatever the file's size
                IatiReadResult activity = activities.next();
                activity.getRecord().ifPresent(records::add); // every activity gives a record
                problems.addAll(activity.getFindings()); // what did not map: line, column, element path
            }
        }
        // end::iati-import[]

        assertThat(records).containsExactly(record);
        assertThat(problems).isEmpty();
    }
}
