package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.render.PortfolioReport;
import org.terrinclus.render.RecordEntry;
import org.terrinclus.validation.Profile;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report --format html}: the portfolio report as one page, with the validation summary. */
final class HtmlReport {

    private HtmlReport() {}

    /** Reads and validates the sources, and writes the page; 1 when some input could not be read. */
    static int write(List<Source> sources, Profile profile, Lang lang, Path output, CommandSpec spec)
            throws IOException {
        PortfolioReport report = PortfolioReport.create();
        long[] unreadable = {0};
        try (RecordPipeline pipeline =
                new RecordPipeline(TerrinclusJson.strict(), RecordPipeline.startValidator(), profile)) {
            pipeline.run(sources, new Progress(spec.commandLine().getErr(), lang), result -> {
                RecordEntry.Builder entry = RecordEntry.builder()
                        .source(result.source())
                        .index(result.index())
                        .findings(result.report());
                result.record().ifPresent(entry::record);
                if (result.record().isEmpty()) {
                    unreadable[0]++;
                }
                report.add(entry.build());
            });
        }
        String html = report.html(lang.locale());
        if (output != null) {
            try (Writer file = OutputFiles.writer(output)) {
                file.write(html);
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(html);
            out.flush();
        }
        return unreadable[0] > 0 ? TerrinclusCommand.INVALID : TerrinclusCommand.OK;
    }
}
