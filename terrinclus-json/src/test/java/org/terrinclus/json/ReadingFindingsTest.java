package org.terrinclus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/** Pins the findings a strict reader gives for bad input: rule, severity, path, line. */
class ReadingFindingsTest {

    private final TerrinclusJson strict = TerrinclusJson.strict();

    @Test
    void onePassReportsEveryProblem() {
        ReadResult result = strict.read(Fixtures.bytes("invalid/many-problems.json"));

        assertThat(result.isRead()).isFalse();
        assertThat(result.getId()).contains("broken");
        assertThat(result.getFindings())
                .extracting(Finding::getRule, Finding::getPath, f -> f.getLine().orElse(-1))
                .containsExactly(
                        tuple("json.type", "/title", 4),
                        tuple("json.value", "/sdgGoals/1", 5),
                        tuple("json.type", "/sdgGoals/2", 5),
                        tuple("json.value", "/partners/0/kind", 7),
                        tuple("json.required", "/partners/1", 8),
                        tuple("json.value", "/funding/0/contributions/0/amount/amount", 13),
                        tuple("json.value", "/funding/0/contributions/1", 14),
                        tuple("json.type", "/funding/0/contributions/2/amount/amount", 15),
                        tuple("json.value", "/funding/0/declaredTotal/currency", 17),
                        tuple("json.value", "/dates/duration", 20),
                        tuple("json.value", "/dates/launch", 20),
                        tuple("json.unknown-field", "/colour", 21));
        assertThat(result.getFindings()).allSatisfy(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getColumn()).isPresent();
            assertThat(f.getMessage(Locale.FRENCH)).isNotBlank().isNotEqualTo(f.getMessage(Locale.ENGLISH));
        });
    }

    @Test
    void messagesSayWhatAndHowToFix() {
        ReadResult result = strict.read(Fixtures.bytes("invalid/many-problems.json"));
        assertThat(result.getFindings().get(0).getMessage(Locale.ENGLISH))
                .isEqualTo("Wrong type for 'title': expected a string, found a whole number.");
        assertThat(result.getFindings().get(0).getMessage(Locale.FRENCH))
                .isEqualTo(
                        "Type incorrect pour « title » : attendu une chaîne de caractères, trouvé un nombre entier.");
        assertThat(result.getFindings().get(1).getMessage(Locale.ENGLISH)).contains("18");
        assertThat(result.getFindings().get(3).getMessage(Locale.ENGLISH))
                .contains("municipality")
                .contains("foreign-local-authority");
        assertThat(result.getFindings().get(11).getMessage(Locale.ENGLISH)).contains("lenient");
        // Impossible values are explained in both languages, not in the core's English alone.
        assertThat(result.getFindings().get(1).getMessage(Locale.FRENCH))
                .isEqualTo("Valeur impossible : Un ODD est un nombre de 1 à 17 ; reçu 18.");
        assertThat(result.getFindings().get(3).getMessage(Locale.FRENCH))
                .contains("Type d'organisation inconnu « municipality »")
                .contains("foreign-local-authority");
        assertThat(result.getFindings().get(6).getMessage(Locale.FRENCH)).contains("n'a pas de montant");
        assertThat(result.getFindings().get(8).getMessage(Locale.FRENCH)).contains("Devise inconnue « EURO »");
        assertThat(result.getFindings().get(9).getMessage(Locale.FRENCH)).contains("P24M");
    }

    @Test
    void requiredFieldsAreNamed() {
        ReadResult result = strict.read(Fixtures.bytes("invalid/missing-required.json"));
        assertThat(result.getFindings())
                .extracting(Finding::getRule, Finding::getPath, f -> f.getMessage(Locale.ENGLISH))
                .containsExactly(
                        tuple(
                                "json.required",
                                "/keyFigures/0",
                                "Missing required field 'value'. Add it to this object."),
                        tuple("json.required", "", "Missing required field 'formatVersion'. Add it to this object."),
                        tuple("json.required", "", "Missing required field 'title'. Add it to this object."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty document         | ''                                                                        | json.syntax         | ''",
                "only spaces            | '   '                                                                     | json.syntax         | ''",
                "truncated              | '{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":'                       | json.syntax         | /title",
                "not an object          | '[1,2]'                                                                   | json.type           | ''",
                "trailing tokens        | '{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\"} {}'            | json.syntax         | ''",
                "duplicate key          | '{\"formatVersion\":\"1.0\",\"id\":\"x\",\"id\":\"y\",\"title\":\"t\"}'   | json.duplicate-key  | /id",
                "null instead of absent | '{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"summary\":null}' | json.type        | /summary",
                "newer major version    | '{\"formatVersion\":\"2.0\",\"id\":\"x\",\"title\":\"t\"}'               | json.format-version | /formatVersion",
                "float as SDG goal      | '{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"sdgGoals\":[4.0]}' | json.type      | /sdgGoals/0",
                "target 8.z             | '{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"sdgTargets\":[\"8.z\"]}' | json.value | /sdgTargets/0",
                "huge exponent          | '{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"keyFigures\":[{\"kind\":\"count\",\"value\":1e999999999,\"label\":\"l\"}]}' | json.value | /keyFigures/0/value",
                "blank id               | '{\"formatVersion\":\"1.0\",\"id\":\" \",\"title\":\"t\"}'               | json.value          | ''",
            })
    void malformedDocuments(String name, String json, String rule, String path) {
        ReadResult result = strict.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.isRead()).isFalse();
        assertThat(result.getFindings()).first().satisfies(f -> {
            assertThat(f.getRule()).isEqualTo(rule);
            assertThat(f.getPath()).isEqualTo(path);
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getLine()).isPresent();
        });
    }

    @Test
    void aDuplicateKeyIsReportedAndReadingGoesOn() {
        ReadResult result = strict.read("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"id\":\"y\",\"title\":5,"
                + "\"lead\":{\"organisation\":{\"name\":\"a\",\"kind\":\"other\",\"name\":\"b\"}}}");
        assertThat(result.getFindings())
                .extracting(Finding::getRule, Finding::getPath)
                .containsExactly(
                        tuple("json.duplicate-key", "/id"),
                        tuple("json.type", "/title"),
                        tuple("json.duplicate-key", "/lead/organisation/name"));
        assertThat(result.getId()).contains("x");

        ReadResult kept = TerrinclusJson.lenient()
                .read("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"extra\":{\"a\":1,\"a\":2}}");
        assertThat(kept.isRead()).isFalse();
        assertThat(kept.getFindings()).extracting(Finding::getRule).contains("json.duplicate-key");
    }

    @Test
    void invalidUtf8IsAnEncodingFinding() {
        byte[] bytes = "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t??\"}".getBytes(StandardCharsets.US_ASCII);
        bytes[bytes.length - 4] = (byte) 0xC3;
        bytes[bytes.length - 3] = (byte) 0x28;
        ReadResult result = strict.read(bytes);
        assertThat(result.getFindings()).extracting(Finding::getRule).containsExactly("json.encoding");
    }

    @Test
    void aByteOrderMarkIsSkippedWithAWarning() {
        byte[] body = "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        for (ReadResult result : new ReadResult[] {
            strict.read(withBom),
            strict.read(new java.io.ByteArrayInputStream(withBom)),
            strict.read("\uFEFF" + new String(body, StandardCharsets.UTF_8))
        }) {
            assertThat(result.isRead()).isTrue();
            assertThat(result.getFindings())
                    .extracting(Finding::getRule, Finding::getSeverity)
                    .containsExactly(tuple("json.bom", Severity.WARNING));
        }
    }

    @Test
    void lenientReadingKeepsUnknownFieldsAndWritesThemBackUnchanged() {
        String newer = "{\"formatVersion\":\"1.3\",\"id\":\"x\",\"title\":\"t\","
                + "\"lead\":{\"organisation\":{\"name\":\"n\",\"kind\":\"other\",\"siret\":\"123\"}},"
                + "\"impact\":{\"score\":2.50,\"tags\":[\"a\",null,true,1e3]}}";
        ReadResult result = TerrinclusJson.lenient().read(newer);

        assertThat(result.isRead()).isTrue();
        assertThat(result.getFindings())
                .extracting(Finding::getRule, Finding::getSeverity, Finding::getPath)
                .containsExactly(
                        tuple("json.unknown-field", Severity.INFO, "/lead/organisation/siret"),
                        tuple("json.unknown-field", Severity.INFO, "/impact"));
        assertThat(result.orElseThrow().getUnknownFields())
                .containsEntry("impact", "{\"score\":2.50,\"tags\":[\"a\",null,true,1e3]}");

        String written = TerrinclusJson.lenient().writeString(result.orElseThrow());
        assertThat(written).contains("\"score\":2.50").contains("1e3").contains("\"siret\":\"123\"");
        JsonNode writtenTree = ((ObjectNode) Fixtures.tree(written)).without("formatVersion");
        JsonNode newerTree = ((ObjectNode) Fixtures.tree(newer)).without("formatVersion");
        assertThat(writtenTree).isEqualTo(newerTree);
        assertThat(TerrinclusJson.lenient().read(written).orElseThrow()).isEqualTo(result.orElseThrow());
    }

    @Test
    void strictReadingRefusesWhatLenientKeeps() {
        String newer = "{\"formatVersion\":\"1.3\",\"id\":\"x\",\"title\":\"t\",\"impact\":{}}";
        assertThat(strict.read(newer).getFindings())
                .extracting(Finding::getRule, Finding::getSeverity)
                .containsExactly(tuple("json.unknown-field", Severity.ERROR));
    }
}
