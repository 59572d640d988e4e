package org.terrinclus.benchmarks;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.terrinclus.iati.IatiExportOptions;
import org.terrinclus.iati.IatiReadResult;
import org.terrinclus.iati.IatiReader;
import org.terrinclus.iati.TerrinclusIati;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;

/**
 * IATI import against a plain StAX scan of the same bytes (the parser's own limit), and export.
 * The document holds 200 generated records written as IATI; every score is per document, and the
 * setup prints its size so that scores convert to megabytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IatiBenchmark {

    private static final int RECORDS = 200;

    private final TerrinclusIati iati = TerrinclusIati.create();
    private XMLInputFactory scanFactory;
    private List<ProjectRecord> records;
    private IatiExportOptions options;
    private byte[] document;

    /** Creates the benchmark; JMH does. */
    public IatiBenchmark() {}

    /** Writes the document once. */
    @Setup
    public void setUp() {
        records = new ArrayList<>();
        for (long seed = 1; seed <= RECORDS; seed++) {
            records.add(new RecordGenerator(seed).next());
        }
        options = IatiExportOptions.builder()
                .reportingOrganisation("FR-RCS-221100015", "11", "Département de l'Aude")
                .identifierPrefix("FR-RCS-221100015")
                .activityStatus(2)
                .launchYearAsPlannedStart(true)
                .plannedStart(LocalDate.of(2017, 1, 1))
                .valueDate(LocalDate.of(2017, 3, 31))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        iati.write(records, out, options);
        document = out.toByteArray();
        // The same parser, configured as the reader configures it: namespaces, coalescing, no DTD.
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        scanFactory = factory;
        System.out.println("IATI document: " + RECORDS + " activities, " + document.length + " bytes");
    }

    /** Reads every event and touches every text and attribute, as the import must. */
    @Benchmark
    public void scan(Blackhole blackhole) throws XMLStreamException {
        XMLStreamReader reader = scanFactory.createXMLStreamReader(new ByteArrayInputStream(document));
        long sum = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                sum += reader.getLocalName().length();
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    sum += reader.getAttributeValue(i).length();
                }
            } else if (event == XMLStreamConstants.CHARACTERS) {
                sum += reader.getTextLength();
            }
        }
        reader.close();
        blackhole.consume(sum);
    }

    /** Reads the document into records and findings. */
    @Benchmark
    public void importRecords(Blackhole blackhole) {
        try (IatiReader reader = iati.readAll(new ByteArrayInputStream(document))) {
            while (reader.hasNext()) {
                IatiReadResult result = reader.next();
                blackhole.consume(result);
            }
        }
    }

    /** Writes the records as the document. */
    @Benchmark
    public void export(Blackhole blackhole) {
        blackhole.consume(iati.write(records, OutputStream.nullOutputStream(), options));
    }
}
