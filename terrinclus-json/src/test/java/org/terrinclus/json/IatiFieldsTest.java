package org.terrinclus.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.terrinclus.project.ActivityStatus;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;

/** The fields an IATI export needs: activity identifier, activity status and exact dates. */
class IatiFieldsTest {

    private static final String RECORD = "{\"formatVersion\":\"1.0\",\"id\":\"dschang\",\"title\":\"Jardins\","
            + "\"dates\":{\"launch\":2021,\"plannedStart\":\"2021-03-01\",\"actualStart\":\"2021-04-15\","
            + "\"plannedEnd\":\"2024-02-29\",\"actualEnd\":\"2024-06-30\"},"
            + "\"iatiIdentifier\":\"FR-RCS-123456789-CDS-01\",\"activityStatus\":\"finalisation\"}";

    @Test
    void theFieldsAreReadAndWrittenBack() {
        ProjectRecord record = TerrinclusJson.strict().read(RECORD).orElseThrow();

        assertThat(record.getIatiIdentifier()).contains("FR-RCS-123456789-CDS-01");
        assertThat(record.getActivityStatus()).contains(ActivityStatus.FINALISATION);
        assertThat(record.getActivityStatus().get().getIatiCode()).isEqualTo(3);
        ProjectDates dates = record.getDates().orElseThrow();
        assertThat(dates.getPlannedStart()).contains(LocalDate.of(2021, 3, 1));
        assertThat(dates.getActualStart()).contains(LocalDate.of(2021, 4, 15));
        assertThat(dates.getPlannedEnd()).contains(LocalDate.of(2024, 2, 29));
        assertThat(dates.getActualEnd()).contains(LocalDate.of(2024, 6, 30));
        assertThat(TerrinclusJson.strict().writeString(record)).isEqualTo(RECORD);
    }

    @Test
    void everyIatiStatusCodeIsOneToSix() {
        assertThat(ActivityStatus.values())
                .extracting(ActivityStatus::getIatiCode)
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ActivityStatus.values())
                .extracting(ActivityStatus::getCode)
                .containsExactly("pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended");
    }

    @Test
    void badValuesAreFindingsAtTheirPlace() {
        String json = RECORD.replace("\"finalisation\"", "\"ongoing\"").replace("2024-02-29", "2023-02-29");

        ReadResult result = TerrinclusJson.strict().read(json);

        assertThat(result.isRead()).isFalse();
        assertThat(result.getFindings())
                .extracting(Finding::getRule, Finding::getPath)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("json.value", "/dates/plannedEnd"),
                        org.assertj.core.groups.Tuple.tuple("json.value", "/activityStatus"));
        Finding status = result.getFindings().stream()
                .filter(f -> f.getPath().equals("/activityStatus"))
                .findFirst()
                .orElseThrow();
        assertThat(status.getLine()).contains(1);
        assertThat(status.getColumn()).contains(json.indexOf("\"ongoing\"") + 1);
        assertThat(status.getMessage(Locale.FRENCH)).contains("Statut d'activité inconnu « ongoing »");
        assertThat(status.getMessage(Locale.ENGLISH)).contains("pipeline, implementation, finalisation");
    }
}
