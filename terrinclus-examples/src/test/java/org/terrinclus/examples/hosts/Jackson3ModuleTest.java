package org.terrinclus.examples.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.jackson3.RecordMismatchException;
import org.terrinclus.jackson3.TerrinclusJackson3Module;
import org.terrinclus.json.ReadFailure;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.json.TerrinclusModule;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain Jackson 3 {@code JsonMapper} that finds the module reads and writes every pilot sheet
 * as {@link TerrinclusJson} does, and reports the same findings, at the same lines and columns;
 * the Jackson 2 module does too.
 */
class Jackson3ModuleTest {

    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    private final TerrinclusJson json = TerrinclusJson.strict();

    @Test
    void theMapperFindsTheModuleThroughTheServiceLoader() {
        assertThat(mapper.registeredModules())
                .anySatisfy(module -> assertThat(module).isInstanceOf(TerrinclusJackson3Module.class));
    }

    @Test
    void readsAndWritesEverySheet() throws Exception {
        for (String id : PilotSheets.ids()) {
            String text;
            try (var in = PilotSheets.open(id)) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            ProjectRecord expected = PilotSheets.byId(id).orElseThrow();

            ProjectRecord read = mapper.readValue(text, ProjectRecord.class);
            String written = mapper.writeValueAsString(read);

            assertThat(read).as(id).isEqualTo(expected);
            assertThat(written).as(id).isEqualTo(json.writeString(expected));
        }
    }

    @Test
    void aJackson3MapperFindsTheModule() throws Exception {
        String text = json.writeString(PilotSheets.byId("suresnes").orElseThrow());

        // tag::jackson3-mapper[]
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build(); // finds TerrinclusJackson3Module
        ProjectRecord record = mapper.readValue(text, ProjectRecord.class);
        String written = mapper.writeValueAsString(record);
        try {
            mapper.readValue(text.replace("\"title\"", "\"titel\""), ProjectRecord.class);
        } catch (RecordMismatchException e) {
            e.getFindings(); // the findings of TerrinclusJson, with the lines and columns of the text
        }
        // end::jackson3-mapper[]

        assertThat(record).isEqualTo(PilotSheets.byId("suresnes").orElseThrow());
        assertThat(written).isEqualTo(text);
    }

    @Test
    void readsListsAndRecordsInsideTheApplicationsTypes() throws Exception {
        List<ProjectRecord> all = PilotSheets.all();
        String array = mapper.writeValueAsString(all);

        List<ProjectRecord> back = mapper.readValue(array, new TypeReference<List<ProjectRecord>>() {});
        Submission submission = mapper.readValue(
                "{\"applicant\":\"Aude\",\"project\":" + json.writeString(all.get(0)) + "}", Submission.class);

        assertThat(back).isEqualTo(all);
        assertThat(submission).isEqualTo(new Submission("Aude", all.get(0)));
        assertThat(mapper.writeValueAsString(Map.of("records", List.of(all.get(8)))))
                .isEqualTo("{\"records\":[" + json.writeString(all.get(8)) + "]}");
    }

    /** A message of the host application that carries a record. */
    record Submission(String applicant, ProjectRecord project) {}

    @Test
    void badInputGivesTheFindingsOfTerrinclusJsonAtTheSameLinesAndColumns() {
        ObjectMapper jackson2 = new ObjectMapper().registerModule(new TerrinclusModule());
        for (String bad : BadInput.documents()) {
            ReadResult expected = json.read(bad);
            assertThat(expected.isRead()).as(bad).isFalse();

            Throwable thrown3 = catchThrowable(() -> mapper.readValue(bad, ProjectRecord.class));
            Throwable thrown2 = catchThrowable(() -> jackson2.readValue(bad, ProjectRecord.class));

            assertThat(thrown3).as(bad).isInstanceOf(RecordMismatchException.class);
            assertThat(((ReadFailure) thrown3).getFindings()).as(bad).isEqualTo(expected.getFindings());
            assertThat(thrown2).as(bad).isInstanceOf(ReadFailure.class);
            assertThat(((ReadFailure) thrown2).getFindings()).as(bad).isEqualTo(expected.getFindings());
        }
    }

    @Test
    void aTruncatedDocumentIsFoundWhereItEnds() {
        String cut = BadInput.HEAD + "  \"summary\": \"cut";

        Throwable thrown = catchThrowable(() -> mapper.readValue(cut, ProjectRecord.class));

        List<Finding> findings = ((ReadFailure) thrown).getFindings();
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).getRule()).isEqualTo("json.syntax");
        assertThat(findings.get(0).getLine()).contains(5);
        assertThat(findings.get(0).getMessageEn()).startsWith("Truncated document");
    }
}
