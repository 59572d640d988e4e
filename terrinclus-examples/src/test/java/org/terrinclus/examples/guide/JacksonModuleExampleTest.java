package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.json.TerrinclusModule;
import org.terrinclus.project.ProjectRecord;

/** Example (e): add the Terrinclus Jackson module to an application's existing ObjectMapper. */
class JacksonModuleExampleTest {

    @Test
    void findAndRegisterModulesFindsTheModule() throws Exception {
        String text = TerrinclusJson.strict().writeString(BuildRecordExampleTest.record());

        // tag::jackson-find-modules[]
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules(); // finds TerrinclusModule
        ProjectRecord record = mapper.readValue(text, ProjectRecord.class);
        String written = mapper.writeValueAsString(record);
        // end::jackson-find-modules[]

        assertThat(record).isEqualTo(BuildRecordExampleTest.record());
        assertThat(mapper.getRegisteredModuleIds()).contains("terrinclus");
        assertThat(TerrinclusJson.strict().read(written).getRecord()).contains(record);
    }

    @Test
    void registerModuleOnTheApplicationsMapper() throws Exception {
        ProjectRecord record = BuildRecordExampleTest.record();
        String written = TerrinclusJson.strict().writeString(record);
        String text = "{\"applicant\":\"Département de l'Aude\",\"project\":" + written + "}";

        // tag::jackson-register-module[]
        ObjectMapper mapper = new ObjectMapper().registerModule(new TerrinclusModule());
        // Records inside the application's own types, lists and maps:
        record Submission(String applicant, ProjectRecord project) {}
        Submission submission = mapper.readValue(text, Submission.class);
        String array = mapper.writeValueAsString(List.of(record, record));
        List<ProjectRecord> records = mapper.readValue(array, new TypeReference<>() {});
        String json = mapper.writeValueAsString(Map.of("records", records));
        // end::jackson-register-module[]

        assertThat(submission.applicant()).isEqualTo("Département de l'Aude");
        assertThat(submission.project()).isEqualTo(record);
        assertThat(records).containsExactly(record, record);
        assertThat(array).isEqualTo("[" + written + "," + written + "]");
        assertThat(json).isEqualTo("{\"records\":[" + written + "," + written + "]}");
    }

    @Test
    void aBadRecordFailsWithEveryFindingInTheMessage() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new TerrinclusModule());

        // tag::jackson-errors[]
        // The module reads strictly and fails on the first bad record, with every finding in the
        // message; use TerrinclusJson to get the findings as data rather than an exception.
        String bad = "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"T\",\"sdgGoals\":[18]}";
        assertThatThrownBy(() -> mapper.readValue(bad, ProjectRecord.class))
                .isInstanceOf(MismatchedInputException.class);
        // end::jackson-errors[]
    }
}
