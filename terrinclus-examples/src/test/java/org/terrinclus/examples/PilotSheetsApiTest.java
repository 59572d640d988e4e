package org.terrinclus.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;

/** The bundled pilot sheets: all twelve, in the guide's order, readable, and reachable by id. */
class PilotSheetsApiTest {

    @Test
    void twelveSheetsInTheGuidesOrder() {
        assertThat(PilotSheets.all()).hasSize(12);
        assertThat(PilotSheets.ids())
                .containsExactly(
                        "aude",
                        "loire-atlantique",
                        "meurthe-et-moselle",
                        "pas-de-calais",
                        "savoie-anima-terre-jeunesse",
                        "savoie-action-sociale-de-l-autre",
                        "yvelines",
                        "val-de-marne",
                        "suresnes",
                        "cfsi",
                        "f3e",
                        "solidarite-laique");
        assertThat(PilotSheets.all()).isSameAs(PilotSheets.all());
    }

    @Test
    void everyResourceOfTheFolderIsListed() throws IOException {
        Path folder = Path.of("src/main/resources", PilotSheets.RESOURCE_FOLDER);
        List<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> PilotSheets.RESOURCE_FOLDER + p.getFileName())
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertThat(PilotSheets.resourceNames()).isEqualTo(files);
    }

    @Test
    void byIdAndOpen() throws IOException {
        ProjectRecord aude = PilotSheets.byId("aude").orElseThrow();
        assertThat(aude.getTitle()).startsWith("Création d'une plateforme");
        assertThat(PilotSheets.byId("nowhere")).isEmpty();
        assertThat(PilotSheets.resourceName("cfsi")).isEqualTo(PilotSheets.RESOURCE_FOLDER + "10-cfsi.json");

        try (InputStream in = PilotSheets.open("aude")) {
            assertThat(TerrinclusJson.strict().read(in).getRecord()).contains(aude);
        }
        assertThatThrownBy(() -> PilotSheets.open("nowhere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aude");
        assertThatThrownBy(() -> PilotSheets.openResource("../../secret.json"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingFindsNoProblemInAnySheet() throws IOException {
        for (String name : PilotSheets.resourceNames()) {
            try (InputStream in = PilotSheets.openResource(name)) {
                assertThat(TerrinclusJson.strict().read(in).getFindings())
                        .as(name)
                        .isEmpty();
            }
        }
    }
}
