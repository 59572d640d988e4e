package org.terrinclus.examples.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.ValidationReport;

/** What a Spark or Flink job needs: records and reports that travel between workers, short logs. */
class DistributedJobsTest {

    @Test
    void everySheetSurvivesJavaSerializationUnchanged() throws Exception {
        TerrinclusJson json = TerrinclusJson.strict();
        for (ProjectRecord sheet : PilotSheets.all()) {
            ProjectRecord back = roundTrip(sheet);

            assertThat(back).as(sheet.getId()).isEqualTo(sheet).isNotSameAs(sheet);
            assertThat(json.writeString(back)).as(sheet.getId()).isEqualTo(json.writeString(sheet));
        }
    }

    @Test
    void theSparkRecipeCountsFindingsByRule() throws Exception {
        TerrinclusJson writer = TerrinclusJson.strict();
        List<String> lines = new ArrayList<>();
        PilotSheets.all().forEach(sheet -> lines.add(writer.writeString(sheet)));
        lines.add("{\"id\": \"cut\", ");
        Iterator<String> partition = lines.iterator();

        // tag::spark-recipe[]
        // Spark: spark.read().textFile("records.jsonl").mapPartitions(<this function>, Encoders.STRING())
        //        then .groupByKey(rule -> rule, Encoders.STRING()).count() on the driver.
        // What each executor runs on its partition of lines: one reader and validator per partition.
        TerrinclusJson json = TerrinclusJson.strict();
        RecordValidator validator = RecordValidator.create();
        List<String> rules = new ArrayList<>(); // one rule id per finding, to be counted
        while (partition.hasNext()) {
            ReadResult read = json.read(partition.next());
            read.getFindings().forEach(finding -> rules.add(finding.getRule()));
            read.getRecord()
                    .map(record -> validator.validate(record, Profile.PUBLICATION))
                    .ifPresent(report -> report.getFindings().forEach(finding -> rules.add(finding.getRule())));
        }
        // end::spark-recipe[]

        Map<String, Long> byRule = rules.stream().collect(Collectors.groupingBy(rule -> rule, Collectors.counting()));
        Map<String, Long> expected = new java.util.TreeMap<>();
        RecordValidator check = RecordValidator.create();
        PilotSheets.all()
                .forEach(sheet -> check.validate(sheet, Profile.PUBLICATION)
                        .getFindings()
                        .forEach(finding -> expected.merge(finding.getRule(), 1L, Long::sum)));
        expected.merge("json.syntax", 1L, Long::sum); // the cut line
        assertThat(byRule).isEqualTo(expected).containsKey("funding.total.mismatch");
    }

    @Test
    void reportsAndTheirFindingsTravelToo() throws Exception {
        RecordValidator validator = RecordValidator.create();
        for (ProjectRecord sheet : PilotSheets.all()) {
            ValidationReport report = validator.validate(sheet, Profile.PUBLICATION);

            assertThat(roundTrip(report)).as(sheet.getId()).isEqualTo(report);
        }
    }

    @Test
    void aRecordInALogIsOneShortLineWithoutContacts() {
        for (ProjectRecord sheet : PilotSheets.all()) {
            String logged = sheet.toString();

            assertThat(logged).as(sheet.getId()).startsWith("ProjectRecord{id=" + sheet.getId() + ", title=\"");
            assertThat(logged).as(sheet.getId()).hasSizeLessThan(300).doesNotContain("\n");
            assertThat(logged).as(sheet.getId()).doesNotContain("@");
            sheet.getContacts().forEach(contact -> {
                contact.getName().ifPresent(name -> assertThat(logged).doesNotContain(name));
                contact.getEmail().ifPresent(email -> assertThat(logged).doesNotContain(email));
            });
        }
        ProjectRecord aude = PilotSheets.byId("aude").orElseThrow();
        assertThat(aude.toString())
                .contains("partners="
                        + (aude.getPartners().size()
                                + aude.getPartnerCountries().size()))
                .contains("funding=" + aude.getFunding().size());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
