package org.terrinclus.iati.testing;

import java.time.LocalDate;
import org.terrinclus.iati.IatiExportOptions;

/** Options that give what IATI requires and test records lack, as a publisher would. */
public final class ExportOptionsForTests {

    private ExportOptionsForTests() {}

    /** A Département publishing its portfolio, with every option IATI needs. */
    public static IatiExportOptions publisher() {
        return IatiExportOptions.builder()
                .reportingOrganisation("FR-RCS-221100015", "11", "Département de l'Aude")
                .identifierPrefix("FR-RCS-221100015")
                .activityStatus(2)
                .launchYearAsPlannedStart(true)
                .plannedStart(LocalDate.of(2017, 1, 1))
                .valueDate(LocalDate.of(2017, 3, 31))
                .build();
    }
}
