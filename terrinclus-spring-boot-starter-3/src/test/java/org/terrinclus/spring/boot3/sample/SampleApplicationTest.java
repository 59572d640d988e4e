package org.terrinclus.spring.boot3.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.ValidationReport;

/** The sample application on Spring Boot 3, with the starter and nothing else of Terrinclus. */
@SpringBootTest
@AutoConfigureMockMvc
class SampleApplicationTest {

    @Autowired
    private MockMvc mvc;

    static String sheet(String id) throws IOException {
        try (InputStream in = PilotSheets.open(id)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void acceptsTheSuresnesSheetAndItsOneWarning() throws Exception {
        ProjectRecord suresnes = PilotSheets.byId("suresnes").orElseThrow();
        ValidationReport report = RecordValidator.create().validate(suresnes, Profile.DRAFT);
        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);

        mvc.perform(post("/records").contentType(MediaType.APPLICATION_JSON).content(sheet("suresnes")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("suresnes"));
    }

    @Test
    void refusesTheAudeSheetWithAProblemDetailInFrench() throws Exception {
        mvc.perform(post("/records")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "fr")
                        .content(sheet("aude")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://terrinclus.org/problems/invalid-record"))
                .andExpect(jsonPath("$.title").value("Fiche invalide"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.findings[?(@.rule == 'funding.total.mismatch')].path")
                        .value("/funding/0/declaredTotal"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'funding.total.mismatch')].severity")
                        .value("error"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'funding.total.mismatch')].message")
                        .value(Matchers.contains(Matchers.startsWith("Le total"))));
    }

    @Test
    void refusesTheAudeSheetInEnglishWhenAskedInEnglish() throws Exception {
        mvc.perform(post("/records")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(sheet("aude")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Invalid record"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'funding.total.mismatch')].message")
                        .value(Matchers.contains(Matchers.startsWith("The declared total"))));
    }

    @Test
    void refusesATruncatedDocumentWithItsReadingFindings() throws Exception {
        String text = sheet("suresnes");
        String cut = text.substring(0, text.length() / 2);
        // Jackson counts columns in bytes when it reads bytes, as Spring's converter does.
        var expected = TerrinclusJson.strict()
                .read(cut.getBytes(StandardCharsets.UTF_8))
                .getFindings();
        assertThat(expected).isNotEmpty();

        mvc.perform(post("/records")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(cut))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://terrinclus.org/problems/unreadable-record"))
                .andExpect(jsonPath("$.findings.length()").value(expected.size()))
                .andExpect(jsonPath("$.findings[0].rule").value(expected.get(0).getRule()))
                .andExpect(
                        jsonPath("$.findings[0].message").value(expected.get(0).getMessageEn()))
                .andExpect(jsonPath("$.findings[0].line")
                        .value(expected.get(0).getLine().orElseThrow()))
                .andExpect(jsonPath("$.findings[0].column")
                        .value(expected.get(0).getColumn().orElseThrow()));
    }

    @Test
    void refusesADocumentThatIsNotJsonAtAll() throws Exception {
        mvc.perform(post("/records").contentType(MediaType.APPLICATION_JSON).content("nonsense"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.findings[0].rule").value("json.syntax"))
                .andExpect(jsonPath("$.findings[0].line").value(1));
    }

    @Test
    void returnsARecordInTheTerrinclusFormat() throws Exception {
        String expected =
                TerrinclusJson.strict().writeString(PilotSheets.byId("aude").orElseThrow());

        String body = mvc.perform(get("/records/aude"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).isEqualTo(expected);
        assertThat(body).doesNotContain("unknownFields");
    }

    @Test
    void readsListsAndRecordsInsideTheApplicationsTypes() throws Exception {
        String suresnes = sheet("suresnes");
        mvc.perform(post("/records/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[" + suresnes + "," + sheet("cfsi") + "]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(2));
        mvc.perform(post("/records/submissions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicant\":\"Suresnes\",\"project\":" + suresnes + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("suresnes"));
    }

    @Test
    void aRecordInsideTheApplicationsTypeIsValidatedWhereItLies() throws Exception {
        mvc.perform(post("/records/submissions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicant\":\"Aude\",\"project\":" + sheet("aude") + "}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.findings[?(@.rule == 'funding.total.mismatch')].path")
                        .value("/project/funding/0/declaredTotal"));
        mvc.perform(post("/records/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[" + sheet("suresnes") + "," + sheet("aude") + "]"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.findings[?(@.rule == 'funding.total.mismatch')].path")
                        .value("/1/funding/0/declaredTotal"));
    }
}
