package org.terrinclus.benchmarks;

import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.render.SheetRenderer;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.ValidationReport;

/**
 * Rendering one sheet, the Aude pilot sheet (three A4 pages as PDF, a funding table, one finding when
 * proofread): to HTML, to HTML with its findings, and to PDF. Scores are per sheet.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderBenchmark {

    private SheetRenderer renderer;
    private ProjectRecord sheet;
    private ValidationReport findings;
    private ByteArrayOutputStream pdf;

    /** Creates the benchmark; JMH does. */
    public RenderBenchmark() {}

    /** Reads the sheet and its findings once. */
    @Setup
    public void setUp() {
        // openhtmltopdf logs timings at INFO for every document; a host application (and the
        // command-line tool) configures that away, so the benchmark does too.
        XRLog.setLoggingEnabled(false);
        renderer = SheetRenderer.create();
        sheet = PilotSheets.byId("aude").orElseThrow();
        findings = RecordValidator.create().validate(sheet, Profile.PUBLICATION);
        pdf = new ByteArrayOutputStream(128 * 1024);
    }

    /**
     * The sheet as an HTML page.
     *
     * @return the page
     */
    @Benchmark
    public String sheetHtml() {
        return renderer.html(sheet, Locale.FRENCH);
    }

    /**
     * The proofreading view: the page with its findings.
     *
     * @return the page
     */
    @Benchmark
    public String sheetHtmlWithFindings() {
        return renderer.html(sheet, Locale.FRENCH, findings);
    }

    /**
     * The sheet as a PDF, fonts embedded.
     *
     * @return the PDF's size
     */
    @Benchmark
    public int sheetPdf() {
        pdf.reset();
        renderer.writePdf(sheet, Locale.FRENCH, null, pdf);
        return pdf.size();
    }
}
