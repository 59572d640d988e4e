package org.terrinclus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.terrinclus.country.Country;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.sdg.SdgGoal;

class TerrinclusModuleTest {

    @Test
    void foundByServiceLoader() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains("terrinclus");
    }

    @Test
    void readsAndWritesTheSameFormatAsTheFacade() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new TerrinclusModule());
        ProjectRecord record = JsonContractTest.fullRecord();

        String written = mapper.writeValueAsString(record);
        assertThat(Fixtures.tree(written))
                .isEqualTo(Fixtures.tree(TerrinclusJson.strict().writeString(record)));
        assertThat(mapper.readValue(written, ProjectRecord.class)).isEqualTo(record);
    }

    @Test
    void everyCoreTypeWorksInsideTheHostsOwnStructures() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        Map<String, Object> payload = Map.of(
                "funder",
                        Organisation.builder()
                                .name("AFD")
                                .kind(OrganisationKind.STATE)
                                .country(Country.FRANCE)
                                .build(),
                "budget", Money.eur("1690650.50"),
                "goals", List.of(SdgGoal.QUALITY_EDUCATION, SdgGoal.REDUCED_INEQUALITIES));
        String text = mapper.writeValueAsString(payload);
        assertThat(text)
                .contains("\"kind\":\"state\"")
                .contains("\"amount\":1690650.5")
                .contains("[4,10]");

        assertThat(mapper.readValue("{\"amount\":10.50,\"currency\":\"XOF\"}", Money.class))
                .isEqualTo(Money.of("10.5", "XOF"));
        assertThat(mapper.readValue("\"TN\"", Country.class)).isEqualTo(Country.of("TN"));
        assertThat(mapper.readValue("16", SdgGoal.class)).isEqualTo(SdgGoal.PEACE_JUSTICE_AND_STRONG_INSTITUTIONS);
    }

    @Test
    void aBadRecordFailsWithEveryFindingInTheMessage() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":1,\"sdgGoals\":[18]}", ProjectRecord.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("json.type at /title")
                .hasMessageContaining("json.value at /sdgGoals/0");
        assertThatThrownBy(() -> mapper.readValue("\"EURO\"", Country.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("18", SdgGoal.class)).hasMessageContaining("between 1 and 17");
    }

    @Test
    void aLenientModuleKeepsUnknownFields() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new TerrinclusModule(ReadMode.LENIENT));
        String newer = "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"extra\":[1,2]}";
        ProjectRecord record = mapper.readValue(newer, ProjectRecord.class);
        assertThat(record.getUnknownFields()).containsEntry("extra", "[1,2]");
        assertThat(mapper.writeValueAsString(record)).endsWith(",\"extra\":[1,2]}");
    }
}
