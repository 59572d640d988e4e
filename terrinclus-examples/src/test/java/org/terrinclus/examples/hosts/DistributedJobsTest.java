package org.terrinclus.examples.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.terrinclus.examples.PilotSheets;
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
