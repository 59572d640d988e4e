package org.terrinclus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.testing.RecordGenerator;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.ValidationReport;

/** {@code terrinclus validate}: exit statuses, text and JSON output, folders of mixed files. */
class ValidateCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RecordValidator VALIDATOR = RecordValidator.create();
    private static final TerrinclusJson JSON = TerrinclusJson.strict();

    private static List<ValidationReport> bundledReports;

    @TempDir
    Path folder;

    @BeforeAll
    static void validateTheBundledSheetsWithTheLibrary() {
        bundledReports = new ArrayList<>();
        for (ProjectRecord record : PilotSheets.all()) {
            bundledReports.add(VALIDATOR.validate(record, Profile.PUBLICATION));
        }
    }

    private static long invalidBundled() {
        return bundledReports.stream().filter(r -> !r.isValid()).count();
    }

    @Test
    void theBundledSheetsByDefault() {
        CommandRun run = CommandRun.of("validate");

        assertThat(run.status).as("%s", run).isEqualTo(invalidBundled() > 0 ? 1 : 0);
        // Real data: the guide prints a TOTAL that does not add up on the Aude sheet (SHEETS.md).
        assertThat(run.status).isEqualTo(1);
        assertThat(run.out)
                .contains("bundled/01-aude.json [0] aude : NON VALIDE")
                .contains("funding.total.mismatch  /funding/0/declaredTotal")
                .contains("      " + bundledReports.get(0).getFindings().get(0).getMessage(Locale.FRENCH))
                .contains("Profil : publication")
                .contains("Enregistrements : 12 — valides : " + (12 - invalidBundled()) + ", avec erreurs : "
                        + invalidBundled());
        assertThat(run.err).isEmpty();
        // Every sheet, in the guide's order.
        int previous = -1;
        for (String id : PilotSheets.ids()) {
            int at = run.out.indexOf("] " + id + " : ");
            assertThat(at).as(id).isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void theSummaryCountsAgreeWithTheLibrary() {
        CommandRun run = CommandRun.of("validate", "--format", "json");
        JsonNode summary = parse(run.out).get("summary");

        assertThat(summary.get("records").asLong()).isEqualTo(12);
        assertThat(summary.get("invalid").asLong()).isEqualTo(invalidBundled());
        assertThat(summary.get("errors").asLong()).isEqualTo(count(Severity.ERROR));
        assertThat(summary.get("warnings").asLong()).isEqualTo(count(Severity.WARNING));
        assertThat(summary.get("infos").asLong()).isEqualTo(count(Severity.INFO));
    }

    private static long count(Severity severity) {
        return bundledReports.stream().mapToLong(r -> r.count(severity)).sum();
    }

    @Test
    void theDraftProfileAppliesFewerRules() {
        CommandRun run = CommandRun.of("validate", "--profile", "draft", "--format", "json");
        long invalid = PilotSheets.all().stream()
                .filter(r -> !VALIDATOR.validate(r, Profile.DRAFT).isValid())
                .count();

        assertThat(parse(run.out).get("summary").get("invalid").asLong()).isEqualTo(invalid);
        assertThat(run.out).doesNotContain("sdg.missing").doesNotContain("thematic.missing");
        assertThat(run.status).isEqualTo(invalid > 0 ? 1 : 0);
    }

    @Test
    void theJsonReportHasTheDocumentedShape() {
        CommandRun run = CommandRun.of("validate", "--format", "json");
        JsonNode root = parse(run.out);

        assertThat(fieldNames(root)).containsExactly("results", "summary");
        JsonNode results = root.get("results");
        assertThat(results.isArray()).isTrue();
        assertThat(results).hasSize(12);
        long valid = 0;
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        for (JsonNode result : results) {
            assertThat(fieldNames(result)).containsExactly("source", "index", "id", "valid", "findings");
            assertThat(result.get("source").isTextual()).isTrue();
            assertThat(result.get("index").isInt()).isTrue();
            assertThat(result.get("id").isTextual()).isTrue();
            assertThat(result.get("valid").isBoolean()).isTrue();
            assertThat(result.get("findings").isArray()).isTrue();
            boolean hasError = false;
            for (JsonNode finding : result.get("findings")) {
                assertThat(fieldNames(finding)).startsWith("rule", "severity", "path", "message");
                assertThat(Set.of("line", "column"))
                        .containsAll(fieldNames(finding)
                                .subList(4, fieldNames(finding).size()));
                assertThat(finding.get("rule").isTextual()).isTrue();
                assertThat(finding.get("path").isTextual()).isTrue();
                assertThat(finding.get("message").isTextual()).isTrue();
                String severity = finding.get("severity").asText();
                assertThat(severity).isIn("error", "warning", "info");
                hasError |= severity.equals("error");
                errors += severity.equals("error") ? 1 : 0;
                warnings += severity.equals("warning") ? 1 : 0;
                infos += severity.equals("info") ? 1 : 0;
            }
            assertThat(result.get("valid").asBoolean()).isEqualTo(!hasError);
            valid += hasError ? 0 : 1;
        }
        JsonNode summary = root.get("summary");
        assertThat(fieldNames(summary)).containsExactly("records", "valid", "invalid", "errors", "warnings", "infos");
        assertThat(summary.get("records").asLong()).isEqualTo(results.size());
        assertThat(summary.get("valid").asLong()).isEqualTo(valid);
        assertThat(summary.get("invalid").asLong()).isEqualTo(results.size() - valid);
        assertThat(summary.get("errors").asLong()).isEqualTo(errors);
        assertThat(summary.get("warnings").asLong()).isEqualTo(warnings);
        assertThat(summary.get("infos").asLong()).isEqualTo(infos);
        assertThat(run.status).isEqualTo(valid < results.size() ? 1 : 0);
        // Exactly one JSON document on stdout.
        assertThat(run.out.strip()).startsWith("{").endsWith("}");
        assertThat(run.out.strip().lines()).hasSize(1);
    }

    @Test
    void englishMessagesWithLangEn() {
        CommandRun json = CommandRun.of("validate", "--lang", "en", "--format", "json");
        CommandRun text = CommandRun.of("validate", "--lang", "en");
        Finding audeTotal = bundledReports.get(0).getFindings(Severity.ERROR).get(0);

        JsonNode aude = parse(json.out).get("results").get(0);
        assertThat(aude.get("id").asText()).isEqualTo("aude");
        assertThat(aude.get("findings").get(0).get("message").asText())
                .isEqualTo(audeTotal.getMessage(Locale.ENGLISH))
                .startsWith("The declared total");
        assertThat(text.out)
                .contains("bundled/01-aude.json [0] aude: INVALID (1 error)")
                .contains("      " + audeTotal.getMessage(Locale.ENGLISH))
                .contains("Profile: publication")
                .contains("Records: 12")
                .doesNotContain("Le total déclaré");
    }

    @Test
    void aFolderOfMixedFiles() throws IOException {
        RecordGenerator generator = new RecordGenerator(7);
        ProjectRecord good = generator.next();
        ProjectRecord second = generator.next();
        ProjectRecord third = generator.next();
        Files.writeString(folder.resolve("a-good.json"), JSON.writePrettyString(good));
        String badSdg = JSON.writeString(second).replaceFirst("\"sdgGoals\":\\[[0-9,]*]", "\"sdgGoals\":[18]");
        assertThat(badSdg).contains("[18]");
        Files.writeString(folder.resolve("b-array.json"), "[" + JSON.writeString(third) + ",\n" + badSdg + "]");
        Files.createDirectories(folder.resolve("c-sub"));
        String wrongType = "{\"formatVersion\":\"1.0\",\"id\":\"wrong-type\",\"title\":42}";
        Files.writeString(folder.resolve("c-sub/lines.jsonl"), JSON.writeString(good) + "\n" + wrongType + "\n");
        Files.writeString(folder.resolve("d-broken.json"), "this is not JSON at all\n");
        Files.writeString(folder.resolve("notes.txt"), "{ not a record, and ignored }");

        CommandRun run = CommandRun.of("validate", "--format", "json", folder.toString());

        assertThat(run.status).as("%s", run).isEqualTo(1);
        JsonNode results = parse(run.out).get("results");
        List<String> rows = new ArrayList<>();
        for (JsonNode result : results) {
            Path source = Path.of(result.get("source").asText());
            List<String> rules = new ArrayList<>();
            result.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
            rows.add(folder.relativize(source).toString().replace('\\', '/') + " "
                    + result.get("index").asInt() + " " + result.get("id").asText("null") + " "
                    + result.get("valid").asBoolean() + " " + rules);
        }
        assertThat(rows)
                .containsExactly(
                        "a-good.json 0 " + good.getId() + " true []",
                        "b-array.json 0 " + third.getId() + " true []",
                        "b-array.json 1 " + second.getId() + " false [json.value]",
                        "c-sub/lines.jsonl 0 " + good.getId() + " true []",
                        "c-sub/lines.jsonl 1 wrong-type false [json.type]",
                        "d-broken.json 0 null false [json.syntax]");
        JsonNode wrong = results.get(4).get("findings").get(0);
        assertThat(wrong.get("path").asText()).isEqualTo("/title");
        assertThat(wrong.get("line").asInt()).isEqualTo(2);
        assertThat(wrong.get("column").isInt()).isTrue();
        assertThat(results.get(5).get("id").isNull()).isTrue();
        JsonNode summary = parse(run.out).get("summary");
        assertThat(summary.get("records").asInt()).isEqualTo(6);
        assertThat(summary.get("valid").asInt()).isEqualTo(3);
        assertThat(summary.get("errors").asInt()).isEqualTo(3);
    }

    @Test
    void aFolderOfMixedFilesAsText() throws IOException {
        Files.writeString(folder.resolve("good.json"), JSON.writeString(new RecordGenerator(3).next()));
        Files.writeString(folder.resolve("broken.json"), "{\"formatVersion\": ");

        CommandRun run = CommandRun.of("validate", folder.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.out)
                .contains(folder.resolve("broken.json") + " [0] (id inconnu) : ILLISIBLE (1 erreur)")
                .contains("json.syntax")
                .contains("(ligne 1, colonne ")
                .contains("Enregistrements : 2 — valides : 1, avec erreurs : 1 (dont illisibles : 1)");
        assertThat(run.out.indexOf("broken.json")).isLessThan(run.out.indexOf("good.json"));
    }

    @Test
    void aFolderWithoutRecordFilesIsFine() throws IOException {
        Files.writeString(folder.resolve("readme.txt"), "nothing to see");

        CommandRun run = CommandRun.of("validate", "--format", "json", folder.toString());

        assertThat(run.status).as("%s", run).isZero();
        JsonNode root = parse(run.out);
        assertThat(root.get("results")).isEmpty();
        assertThat(root.get("summary").get("records").asInt()).isZero();
    }

    @Test
    void validFilesExitWithZero() throws IOException {
        Path file = folder.resolve("one.json");
        Files.writeString(file, JSON.writeString(new RecordGenerator(11).next()));

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.status).as("%s", run).isZero();
        assertThat(run.out).contains(" : valide").contains("avec erreurs : 0");
    }

    @Test
    void aFileOfAnotherExtensionGivenByNameIsReadAsJson() throws IOException {
        Path file = folder.resolve("record.txt");
        Files.writeString(file, JSON.writeString(new RecordGenerator(5).next()));

        assertThat(CommandRun.of("validate", file.toString()).status).isZero();
    }

    @Test
    void lenientKeepsUnknownFields() throws IOException {
        String text = JSON.writeString(new RecordGenerator(9).next());
        Path file = folder.resolve("extra.json");
        Files.writeString(file, text.substring(0, text.length() - 1) + ",\"x-local-code\":\"A12\"}");

        CommandRun strict = CommandRun.of("validate", "--format", "json", file.toString());
        CommandRun lenient = CommandRun.of("validate", "--lenient", "--format", "json", file.toString());

        assertThat(strict.status).isEqualTo(1);
        assertThat(strict.out).contains("json.unknown-field");
        assertThat(lenient.status).as("%s", lenient).isZero();
        JsonNode finding =
                parse(lenient.out).get("results").get(0).get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("json.unknown-field");
        assertThat(finding.get("severity").asText()).isEqualTo("info");
    }

    @Test
    void manyRecordsKeepTheirOrder() throws IOException {
        RecordGenerator generator = new RecordGenerator(42);
        StringBuilder lines = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            ProjectRecord record = generator.next();
            if (i % 100 == 7) {
                // Every hundredth record has a TOTAL that does not add up: an error of validation.
                record = ProjectRecord.builder()
                        .from(record)
                        .funding(List.of(org.terrinclus.funding.FundingPlan.builder()
                                .from(record.getFunding().get(0))
                                .declaredTotal(org.terrinclus.funding.Money.eur(1))
                                .build()))
                        .build();
            }
            expected.add(record.getId() + " " + (i % 100 != 7));
            lines.append(JSON.writeString(record)).append('\n');
        }
        Path file = folder.resolve("many.jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("validate", "--format", "json", file.toString());

        JsonNode results = parse(run.out).get("results");
        List<String> actual = new ArrayList<>();
        int index = 0;
        for (JsonNode result : results) {
            assertThat(result.get("index").asInt()).isEqualTo(index++);
            actual.add(result.get("id").asText() + " " + result.get("valid").asBoolean());
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(run.status).isEqualTo(1);
        assertThat(parse(run.out).get("summary").get("invalid").asInt()).isEqualTo(15);
    }

    @Test
    void badInputNeverLeaksAStackTrace() throws IOException {
        Files.write(folder.resolve("binary.json"), new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2, (byte) 0xFF});
        Files.writeString(folder.resolve("deep.json"), "[".repeat(5_000));
        Files.writeString(folder.resolve("empty.jsonl"), "");
        Files.writeString(folder.resolve("empty.json"), "");
        Files.writeString(folder.resolve("number.json"), "42");
        Files.writeString(folder.resolve("nulls.jsonl"), "null\n[]\n\"text\"\n{}\n");

        CommandRun run = CommandRun.of("validate", folder.toString());

        assertThat(run.status).as("%s", run).isEqualTo(1);
        assertThat(run.err)
                .doesNotContain("internal error")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(run.out).doesNotContain("\tat ");
    }

    private static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
