package org.terrinclus.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Resource;

/** Texts with line breaks, tabs, carriage returns and only spaces survive the round trip. */
class WhitespaceRoundTripTest {

    @Test
    void whiteSpaceSurvivesInTextsAndAttributes() {
        ProjectRecord record = ProjectRecord.builder()
                .id("a\tb\nc\r\nd  e")
                .title("  ")
                .summary("ligne 1\r\nligne 2\rfin\t ")
                .addPartners(Organisation.of(" Ville\nde Sousse ", OrganisationKind.FOREIGN_LOCAL_AUTHORITY))
                .addResources(Resource.of("x", "https://example.org/a b"))
                .putUnknownFields("futur\tchamp", "{\"a\": \"\\n\"}")
                .addPhotoCredits("")
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerrinclusIati.create().write(List.of(record), out, IatiExportOptions.none());
        assertThat(TerrinclusIati.create().read(out.toByteArray()).get(0).getRecord())
                .as("%s", out)
                .contains(record);
    }
}
