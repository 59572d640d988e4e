package org.terrinclus.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;

/**
 * Pins the JSON Schema of a record with an independent validator (networknt), against the
 * draft 2020-12 meta-schema, the pilot sheets, generated records as the writer writes them,
 * fixtures that must pass and fixtures that must each fail for exactly one reason, and the example
 * of {@code docs/format.md}.
 */
class RecordSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String FIXTURES = "/org/terrinclus/json/schema/";
    private static final Path SHEETS =
            Path.of("terrinclus-examples", "src", "main", "resources", "org", "terrinclus", "examples", "sheets");
    private static final Path FORMAT_DOC = Path.of("docs", "format.md");

    /**
     * Invalid fixtures the schema refuses but the strict reader accepts, on purpose: the schema
     * states the format's rule, the reader is more forgiving (reported to the lead engineer).
     */
    private static final Set<String> SCHEMA_STRICTER_THAN_READER = Set.of();

    private static JsonNode schemaNode;
    private static JsonSchemaFactory factory;
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaNode = MAPPER.readTree(TerrinclusJson.schema());
        // The 2020-12 dialect, except that a keyword it does not define is an error, not an annotation.
        JsonMetaSchema strictDialect = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                .build();
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.metaSchema(strictDialect));
        schema = factory.getSchema(schemaNode);
        schema.initializeValidators();
    }

    // ---- the schema itself

    @Test
    void schemaIsValidAgainstTheDraft202012MetaSchema() {
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(schemaNode)).isEmpty();
    }

    @Test
    void metaSchemaCheckAndUnknownKeywordCheckBite() {
        ObjectNode wrongType = schemaNode.deepCopy();
        ((ObjectNode) wrongType.at("/$defs/Money/properties/amount")).put("type", "numbr");
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(metaSchema.validate(wrongType)).isNotEmpty();

        ObjectNode misspelt = schemaNode.deepCopy();
        ((ObjectNode) misspelt.at("/$defs/Money/properties/amount")).put("minimun", 0);
        assertThatThrownBy(() -> factory.getSchema(misspelt).initializeValidators())
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageContaining("minimun");
    }

    @Test
    void schemaUsesOnlyKeywordsOfDraft202012() {
        assertThatCode(() -> factory.getSchema(schemaNode).initializeValidators())
                .doesNotThrowAnyException();
    }

    @Test
    void schemaNamesItsDialectAndVersion() {
        assertThat(schemaNode.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schemaNode.path("$id").asText())
                .isEqualTo("https://terrinclus.org/schema/record/1.0/terrinclus-record.schema.json");
        assertThat(schemaNode.path("title").asText()).isNotBlank();
        assertThat(schemaNode.path("description").asText()).contains("lenient");
        assertThat(names(schemaNode.path("$defs")))
                .contains(
                        "Organisation",
                        "Identifier",
                        "Money",
                        "Contribution",
                        "FundingPlan",
                        "CostBreakdown",
                        "CostItem",
                        "KeyFigure",
                        "AppliedRecommendation",
                        "Lead",
                        "ProjectDates",
                        "Narrative",
                        "FocusSection",
                        "Quote",
                        "Review",
                        "Resource",
                        "Contact");
    }

    @Test
    void schemaIsTheResourceTheFacadeNames() throws IOException {
        try (var in = TerrinclusJson.class.getResourceAsStream(TerrinclusJson.SCHEMA_RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(TerrinclusJson.schema());
        }
    }

    @Test
    void everyObjectTypeRefusesUnknownFields() {
        List<String> open = new ArrayList<>();
        walk(schemaNode, "#", (node, pointer) -> {
            boolean closed = node.path("additionalProperties").isBoolean()
                    && !node.path("additionalProperties").booleanValue();
            if ("object".equals(node.path("type").asText()) && !closed) {
                open.add(pointer);
            }
        });

        assertThat(open).as("objects without \"additionalProperties\": false").isEmpty();
    }

    // ---- documents that must pass

    @Test
    void pilotSheetsArePresent() {
        assertThat(pilotSheets())
                .as("the pilot sheets under %s (the guide has 12)", SHEETS)
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pilotSheets")
    void pilotSheetIsValid(Path sheet) throws IOException {
        assertThat(validate(MAPPER.readTree(sheet.toFile()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void validFixtureIsValid(String name) throws IOException {
        assertThat(validate(fixture("valid/" + name))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void validFixtureIsReadByTheStrictReader(String name) throws IOException {
        ReadResult result = TerrinclusJson.strict().read(bytes("valid/" + name));

        assertThat(result.getFindings()).isEmpty();
        assertThat(result.isRead()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("generatorSeeds")
    void generatedRecordAsWrittenIsValid(long seed) throws IOException {
        ProjectRecord record = new RecordGenerator(seed).next();

        String written = TerrinclusJson.strict().writeString(record);

        assertThat(validate(MAPPER.readTree(written)))
                .as("seed %d (replay with -D%s=%d): %s", seed, RecordGenerator.SEED_PROPERTY, seed, written)
                .isEmpty();
    }

    static Stream<Long> generatorSeeds() {
        return RecordGenerator.seeds(200).stream();
    }

    // ---- documents that must fail, each for one reason

    @ParameterizedTest(name = "{0}: {1} at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-title.json                  | required             | $.title
            missing-format-version.json         | required             | $.formatVersion
            unknown-field.json                  | additionalProperties | $.colour
            unknown-field-in-organisation.json  | additionalProperties | $.lead.organisation.website
            sdg-goal-18.json                    | maximum              | $.sdgGoals[1]
            sdg-goal-as-string.json             | type                 | $.sdgGoals[0]
            sdg-target-8z.json                  | pattern              | $.sdgTargets[0]
            negative-amount.json                | minimum              | $.funding[0].contributions[0].amount.amount
            currency-euro.json                  | pattern              | $.funding[0].declaredTotal.currency
            money-without-currency.json         | required             | $.costs[0].declaredTotal.currency
            not-evaluable-with-amount.json      | not                  | $.funding[0].contributions[0]
            amount-kind-without-amount.json     | required             | $.funding[0].contributions[0].amount
            amount-as-string.json               | type                 | $.costs[0].items[0].amount.amount
            period-24-months.json               | pattern              | $.funding[0].contributions[0].period
            period-zero.json                    | pattern              | $.dates.duration
            unknown-organisation-kind.json      | enum                 | $.lead.organisation.kind
            unknown-contribution-kind.json      | enum                 | $.funding[0].contributions[0].kind
            unknown-figure-kind.json            | enum                 | $.keyFigures[0].kind
            unknown-recommendation-family.json  | enum                 | $.recommendationFamilies[1]
            unknown-identifier-scheme.json      | enum                 | $.partners[0].identifiers[0].scheme
            format-version-2.json               | pattern              | $.formatVersion
            null-value.json                     | type                 | $.summary
            year-as-string.json                 | type                 | $.dates.launch
            year-two-digits.json                | minimum              | $.dates.end
            year-figure-with-decimals.json      | type                 | $.keyFigures[0].value
            multiplier-zero.json                | exclusiveMinimum     | $.keyFigures[0].multiplier
            country-alpha3.json                 | pattern              | $.partnerCountries[0]
            thematic-not-kebab.json             | pattern              | $.thematics[0]
            id-blank.json                       | pattern              | $.id
            insee-departement-96.json           | pattern              | $.lead.organisation.identifiers[0].value
            lead-without-organisation.json      | required             | $.lead.organisation
            recommendation-without-code.json    | required             | $.recommendations[0].code
            focus-section-without-text.json     | required             | $.narrative.focusSections[0].text
            partners-not-array.json             | type                 | $.partners
            record-is-array.json                | type                 | $
            """)
    void invalidFixtureIsRefusedForItsOneReason(String name, String keyword, String where) throws IOException {
        Set<ValidationMessage> errors = validate(fixture("invalid/" + name));

        assertThat(errors).as("errors for %s", name).hasSize(1);
        ValidationMessage error = errors.iterator().next();
        assertThat(error.getType()).as("keyword of %s", error).isEqualTo(keyword);
        assertThat(where(error)).as("place of %s", error).isEqualTo(where);
    }

    @Test
    void everyInvalidFixtureHasAnExpectation() throws IOException {
        Set<String> expected = expectedInvalidFixtures();

        assertThat(fixtureNames("invalid")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void invalidFixtureIsAlsoRefusedByTheStrictReader(String name) throws IOException {
        ReadResult result = TerrinclusJson.strict().read(bytes("invalid/" + name));

        if (SCHEMA_STRICTER_THAN_READER.contains(name)) {
            assertThat(result.isRead())
                    .as("the reader accepts %s; the schema is stricter", name)
                    .isTrue();
        } else {
            assertThat(result.hasErrors()).as("reader findings for %s", name).isTrue();
        }
    }

    // ---- the documentation's example

    @Test
    void formatDocumentationExampleIsTheFixture() throws IOException {
        String doc = Files.readString(findUpwards(FORMAT_DOC), StandardCharsets.UTF_8);
        Matcher heading = Pattern.compile("(?m)^#+ .*Complete example.*$").matcher(doc);
        assertThat(heading.find())
                .as("a heading \"Complete example\" in %s", FORMAT_DOC)
                .isTrue();
        Matcher block = Pattern.compile("(?s)```json\\R(.*?)\\R```").matcher(doc);
        assertThat(block.find(heading.end()))
                .as("a ```json block after the heading")
                .isTrue();

        assertThat(MAPPER.readTree(block.group(1))).isEqualTo(fixture("valid/format-example.json"));
    }

    @Test
    void formatExampleRoundTripsThroughTheStrictReaderAndWriter() throws IOException {
        TerrinclusJson json = TerrinclusJson.strict();
        ReadResult result = json.read(bytes("valid/format-example.json"));
        assertThat(result.getFindings()).isEmpty();

        String written = json.writeString(result.orElseThrow());

        assertThat(MAPPER.readTree(written)).isEqualTo(fixture("valid/format-example.json"));
        assertThat(written).doesNotContain("null").doesNotContainPattern("[0-9][eE][+-]?[0-9]");
    }

    // ---- helpers

    static Set<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document);
    }

    /** The instance location of an error, with the property it names (missing or unknown) appended. */
    private static String where(ValidationMessage error) {
        String location = error.getInstanceLocation().toString();
        return error.getProperty() == null ? location : location + "." + error.getProperty();
    }

    static Stream<Path> pilotSheets() {
        Path directory = findUpwards(SHEETS);
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> sheets = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
            if (sheets.isEmpty()) {
                fail("No pilot sheet (*.json) in " + directory);
            }
            return sheets.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> validFixtures() throws IOException {
        return fixtureNames("valid").stream();
    }

    static Stream<String> invalidFixtures() throws IOException {
        return fixtureNames("invalid").stream();
    }

    private static Set<String> expectedInvalidFixtures() throws IOException {
        try {
            CsvSource table = RecordSchemaTest.class
                    .getDeclaredMethod(
                            "invalidFixtureIsRefusedForItsOneReason", String.class, String.class, String.class)
                    .getAnnotation(CsvSource.class);
            return table.textBlock()
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .map(line -> line.substring(0, line.indexOf('|')).strip())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (NoSuchMethodException e) {
            throw new IOException(e);
        }
    }

    private static Set<String> fixtureNames(String kind) throws IOException {
        URL url = RecordSchemaTest.class.getResource(FIXTURES + kind);
        assertThat(url).as("fixture directory %s", kind).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static JsonNode fixture(String name) throws IOException {
        return MAPPER.readTree(bytes(name));
    }

    private static byte[] bytes(String name) throws IOException {
        try (var in = RecordSchemaTest.class.getResourceAsStream(FIXTURES + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The path, relative to the working directory or one of its parents, that exists. */
    static Path findUpwards(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("No " + relative + " in " + Path.of("").toAbsolutePath() + " or its parents");
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @FunctionalInterface
    private interface Visitor {
        void visit(JsonNode node, String pointer);
    }

    private static void walk(JsonNode node, String pointer, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(node, pointer);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), pointer + "/" + field.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
