package org.terrinclus.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.terrinclus.format.Format;
import org.terrinclus.spreadsheet.internal.Headers;
import org.terrinclus.spreadsheet.internal.Layout;

/** The layout follows the format's description, and its names can be told apart. */
class LayoutTest {

    @Test
    void everySheetNameIsUniqueAndFitsASpreadsheet() {
        for (Headers.Style style : Headers.Style.values()) {
            Set<String> names = new HashSet<>();
            for (Layout.Table table : Layout.get().getTables()) {
                String name = Headers.sheetName(table, style);
                assertThat(name.length()).as(name).isBetween(1, 31);
                assertThat(name).doesNotContainPattern("[\\[\\]:*?/\\\\]");
                assertThat(names.add(name.toLowerCase(java.util.Locale.ROOT)))
                        .as("unique: " + name)
                        .isTrue();
            }
        }
    }

    @Test
    void everyHeadingIsUniqueInItsSheet() {
        for (Headers.Style style : Headers.Style.values()) {
            for (Layout.Table table : Layout.get().getTables()) {
                List<String> headings = Headers.headings(table, style);
                assertThat(new HashSet<>(headings))
                        .as(table + " " + style + " " + headings)
                        .hasSameSizeAs(headings);
            }
        }
    }

    @Test
    void everyFieldOfTheDescriptionHasAColumn() {
        // The fields an IATI export needs, added to the description, are columns with no change here.
        assertThat(Layout.get().column("iatiIdentifier")).isPresent();
        assertThat(Layout.get().column("activityStatus")).isPresent();
        assertThat(Layout.get().column("dates/plannedStart")).isPresent();
        assertThat(Layout.get().getMain().getColumns())
                .extracting(Layout.Column::getPath)
                .contains("title", "lead/organisation/name", "thematics", "sdgGoals");
        assertThat(Layout.get().table("funding/0/contributions")).isPresent();
        assertThat(Format.RECORD.field("funding").isList()).isTrue();
    }
}
