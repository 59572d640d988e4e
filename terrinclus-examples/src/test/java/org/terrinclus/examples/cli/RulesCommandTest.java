package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.terrinclus.json.JsonRules;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.validation.Rule;
import org.terrinclus.validation.Rules;

/** {@code terrinclus rules} and {@code terrinclus schema}. */
class RulesCommandTest {

    @Test
    void rulesAsJsonListBothCatalogues() throws Exception {
        CommandRun run = CommandRun.of("rules", "--format", "json", "--lang", "en");

        assertThat(run.status).isZero();
        JsonNode rules = new ObjectMapper().readTree(run.out).get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asText()));
        for (JsonRules rule : JsonRules.all()) {
            assertThat(ids).contains(rule.getId());
        }
        for (Rule rule : Rules.all()) {
            assertThat(ids).contains(rule.getId());
        }
        assertThat(ids).anyMatch(id -> id.startsWith("json.")).contains("funding.total.mismatch");
        assertThat(ids).doesNotHaveDuplicates();
        JsonNode mismatch = find(rules, "funding.total.mismatch");
        assertThat(mismatch.get("kind").asText()).isEqualTo("validation");
        assertThat(mismatch.get("severity").asText()).isEqualTo("error");
        assertThat(mismatch.get("profile").asText()).isEqualTo("draft");
        assertThat(mismatch.get("description").asText())
                .isEqualTo(Rules.byId("funding.total.mismatch").orElseThrow().getDescription(Locale.ENGLISH));
        JsonNode syntax = find(rules, "json.syntax");
        assertThat(syntax.get("kind").asText()).isEqualTo("reading");
        assertThat(syntax.get("profile").isNull()).isTrue();
        assertThat(syntax.get("description").asText()).isEqualTo(JsonRules.SYNTAX.getDescriptionEn());
    }

    @Test
    void rulesAsTextInFrench() {
        CommandRun run = CommandRun.of("rules");

        assertThat(run.status).isZero();
        assertThat(run.out)
                .contains("Règles de Terrinclus")
                .containsPattern("(?m)^json\\.syntax +erreur +lecture +Le document n'est pas du JSON bien formé\\.$")
                .containsPattern("(?m)^title\\.missing +erreur +publication +La fiche n'a pas de titre\\.$");
        for (Rule rule : Rules.all()) {
            assertThat(run.out).containsPattern("(?m)^" + java.util.regex.Pattern.quote(rule.getId()) + " ");
        }
    }

    @Test
    void schemaPrintsTheJsonSchema() throws Exception {
        CommandRun run = CommandRun.of("schema");

        assertThat(run.status).isZero();
        assertThat(run.out.strip()).isEqualTo(TerrinclusJson.schema().strip());
        assertThat(new ObjectMapper().readTree(run.out).get("$schema").asText()).contains("2020-12");
    }

    private static JsonNode find(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }
}
