package org.terrinclus.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.ValidationReport;

/**
 * The record benchmarks, run on one dataset: each invocation processes every document of the
 * dataset, and the subclass's {@link OperationsPerInvocation} makes every score per record.
 *
 * <p>Terrinclus: {@link #read}, {@link #write}, {@link #validate} (publication profile, on records
 * already read) and {@link #readAndValidate}. Baselines on the same bytes: a Jackson streaming
 * token scan, the Jackson tree model, and schema-only validation with an independent JSON Schema
 * validator (networknt) of {@link TerrinclusJson#schema()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class RecordBenchmark {

    private byte[][] documents;
    private ProjectRecord[] records;

    private TerrinclusJson json;
    private RecordValidator validator;
    private JsonFactory jsonFactory;
    private ObjectMapper mapper;
    private JsonSchema schema;

    /**
     * The dataset to run on.
     *
     * @return the dataset, whose size must match the subclass's operations per invocation
     */
    protected abstract Dataset dataset();

    /**
     * The number of records per invocation the subclass declares.
     *
     * @return the value of its {@link OperationsPerInvocation}
     */
    protected abstract int operationsPerInvocation();

    /**
     * Whether every record of the dataset must be valid without a single finding.
     *
     * @return true for generated records, whose generator promises it
     */
    protected abstract boolean mustBeValid();

    /**
     * Loads the dataset and builds what every benchmark shares; checks that every document is read
     * (and valid, where the dataset promises it), so that no benchmark measures an error path.
     */
    @Setup
    public void setUp() {
        Dataset dataset = dataset();
        if (dataset.size() != operationsPerInvocation()) {
            throw new IllegalStateException(dataset.getName() + " has " + dataset.size()
                    + " documents but the benchmark declares " + operationsPerInvocation()
                    + " operations per invocation: update the constant");
        }
        documents = dataset.getDocuments().toArray(new byte[0][]);
        records = dataset.getRecords().toArray(new ProjectRecord[0]);
        json = Shared.json();
        validator = Shared.validator();
        jsonFactory = new JsonFactory();
        mapper = new ObjectMapper();
        schema = Shared.schema();
        for (int i = 0; i < records.length; i++) {
            ValidationReport report = validator.validate(records[i], Profile.PUBLICATION);
            if (!report.isEmpty()) {
                if (mustBeValid()) {
                    throw new IllegalStateException(dataset.getLabels().get(i) + " is not valid: " + report);
                }
                // A pilot sheet keeps the guide's own inconsistencies: measured as they are.
                Shared.noteOnce("[findings] " + dataset.getLabels().get(i) + ": " + report.getCounts());
            }
            try {
                Set<ValidationMessage> messages = schema.validate(mapper.readTree(documents[i]));
                if (!messages.isEmpty()) {
                    Shared.noteOnce("[schema] " + dataset.getLabels().get(i) + ": " + messages);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Reads every document with the strict reader.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void read(Blackhole bh) {
        for (byte[] document : documents) {
            ReadResult result = json.read(document);
            bh.consume(result.orElseThrow());
        }
    }

    /**
     * Writes every record as compact UTF-8 JSON.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void write(Blackhole bh) {
        for (ProjectRecord record : records) {
            bh.consume(json.writeBytes(record));
        }
    }

    /**
     * Validates every record, already read, against the publication profile.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void validate(Blackhole bh) {
        for (ProjectRecord record : records) {
            bh.consume(validator.validate(record, Profile.PUBLICATION));
        }
    }

    /**
     * Reads every document, then validates the record against the publication profile: what a
     * user checking a file does.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void readAndValidate(Blackhole bh) {
        for (byte[] document : documents) {
            ProjectRecord record = json.read(document).orElseThrow();
            bh.consume(validator.validate(record, Profile.PUBLICATION));
        }
    }

    /**
     * Baseline: every token of every document with Jackson's streaming parser (default factory);
     * names and strings are decoded (their length is consumed), numbers parsed.
     *
     * @param bh the blackhole
     * @throws IOException never for these documents
     */
    @Benchmark
    public void jacksonTokenScan(Blackhole bh) throws IOException {
        for (byte[] document : documents) {
            try (JsonParser p = jsonFactory.createParser(document)) {
                JsonToken token;
                while ((token = p.nextToken()) != null) {
                    switch (token) {
                        case FIELD_NAME:
                        case VALUE_STRING:
                            bh.consume(p.getTextLength());
                            break;
                        case VALUE_NUMBER_INT:
                            bh.consume(p.getNumberValue());
                            break;
                        case VALUE_NUMBER_FLOAT:
                            bh.consume(p.getDecimalValue());
                            break;
                        default:
                            bh.consume(token);
                    }
                }
            }
        }
    }

    /**
     * Baseline: every document as a Jackson tree ({@link ObjectMapper#readTree(byte[])}, default
     * mapper).
     *
     * @param bh the blackhole
     * @throws IOException never for these documents
     */
    @Benchmark
    public void jacksonTree(Blackhole bh) throws IOException {
        for (byte[] document : documents) {
            bh.consume(mapper.readTree(document));
        }
    }

    /**
     * Baseline: schema-only validation, as a user without Terrinclus would do it: parse the bytes
     * to a tree and validate it against the published JSON Schema with networknt's validator (the
     * schema compiled once).
     *
     * @param bh the blackhole
     * @throws IOException never for these documents
     */
    @Benchmark
    public void schemaValidate(Blackhole bh) throws IOException {
        for (byte[] document : documents) {
            JsonNode node = mapper.readTree(document);
            bh.consume(schema.validate(node));
        }
    }

    /** What every benchmark of a JVM shares: built once, as a user would. */
    static final class Shared {

        private static volatile TerrinclusJson json;
        private static volatile RecordValidator validator;
        private static volatile JsonSchema schema;

        private static final Set<String> NOTED = ConcurrentHashMap.newKeySet();

        /** Hibernate Validator's start-up line would land in the middle of JMH's output. */
        private static final Logger HIBERNATE_VALIDATOR_LOG = quiet("org.hibernate.validator");

        private Shared() {}

        /** Keeps a logger to warnings and above; the caller holds it so that the level sticks. */
        static Logger quiet(String name) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            return logger;
        }

        /** Prints a note on the standard error, once per JVM. */
        static void noteOnce(String note) {
            if (NOTED.add(note)) {
                System.err.println(note);
            }
        }

        static synchronized TerrinclusJson json() {
            if (json == null) {
                json = TerrinclusJson.strict();
            }
            return json;
        }

        static synchronized RecordValidator validator() {
            if (validator == null) {
                validator = RecordValidator.create();
            }
            return validator;
        }

        static synchronized JsonSchema schema() {
            if (schema == null) {
                JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(TerrinclusJson.schema());
                compiled.initializeValidators();
                schema = compiled;
            }
            return schema;
        }
    }
}
