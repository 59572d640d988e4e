package org.terrinclus.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;

/**
 * CSV as Excel in France writes it, French numbers and amounts, ambiguous numbers, and text that
 * a spreadsheet would run as a formula.
 */
class CsvAndNumbersTest {

    private static final String HEADER =
            "Identifiant;Titre;Porteur – Organisation porteuse – Nom;Porteur – Organisation porteuse – Type\r\n";
    private static final TerrinclusSpreadsheet SHEETS = TerrinclusSpreadsheet.strict();

    private static SpreadsheetReading read(byte[] bytes) {
        return SHEETS.read(new ByteArrayInputStream(bytes), "fiches.csv");
    }

    @Test
    void windows1252WithSemicolonsAndCrlfIsDetectedAndSaid() {
        String csv = HEADER + "aude;Échanges « jeunesse » à Sousse;Département de l'Aude;Département\r\n";
        SpreadsheetReading reading = read(csv.getBytes(Charset.forName("windows-1252")));
        assertThat(reading.getRecords()).hasSize(1);
        ProjectRecord record = reading.getRecords().get(0).getRecord().orElseThrow();
        assertThat(record.getTitle()).isEqualTo("Échanges « jeunesse » à Sousse");
        assertThat(record.getLead().orElseThrow().getOrganisation().getKind()).isEqualTo(OrganisationKind.DEPARTEMENT);
        assertThat(reading.getFindings()).extracting(Finding::getRule).containsExactly("sheet.csv-dialect");
        assertThat(reading.getFindings().get(0).getMessageEn()).contains("Windows-1252");
    }

    @Test
    void utf8WithBomAndCommasIsReadWithoutDoubt() {
        String csv = "\uFEFFid,title,lead/organisation/name,lead/organisation/kind\r\n"
                + "aude,\"Échanges, jeunesse\",Département de l'Aude,departement\r\n";
        SpreadsheetReading reading = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.getFindings()).isEmpty();
        assertThat(reading.getRecords().get(0).getRecord().orElseThrow().getTitle())
                .isEqualTo("Échanges, jeunesse");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "22 124,13 €|22124.13|EUR|amount|",
                "22\u00a0124,13\u00a0€|22124.13|EUR|amount|",
                "22\u202f124,13 €|22124.13|EUR|amount|",
                "1 234 567|1234567||amount|",
                "51 621 € sur 24 mois|51621|EUR|amount|P24M",
                "12 000 € (montant à mobiliser)|12000|EUR|to-be-raised|",
                "Montant à mobiliser : 3 000 €|3000|EUR|to-be-raised|",
                "Non évaluable|||not-evaluable|",
                "non evaluable|||not-evaluable|",
                "1 500 XOF|1500|XOF|amount|",
                "9,5|9.5||amount|",
                "1,2340|1.2340||amount|",
            })
    void frenchAmountsAreRead(String text, String amount, String currency, String kind, String period) {
        String csv = "id;title;funding/0/contributions/0/funder/name;funding/0/contributions/0/funder/kind;"
                + "funding/0/contributions/0/amount/amount;funding/0/contributions/0/amount/currency\r\n"
                + "x;T;A;association;" + text + ";" + (currency == null ? "EUR" : "") + "\r\n";
        // One CSV table holds the records only: the contribution's columns are refused.
        SpreadsheetReading lone = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(lone.getFindings()).extracting(Finding::getRule).contains("sheet.unknown-column");

        String records = "id;title\r\nx;T\r\n";
        String contributions = "id;funding/0/contributions/0/funder/name;funding/0/contributions/0/funder/kind;"
                + "funding/0/contributions/0/amount/amount;funding/0/contributions/0/amount/currency\r\n"
                + "x;A;association;" + text + ";" + (currency == null && amount != null ? "EUR" : "") + "\r\n";
        SpreadsheetReading reading = SHEETS.read(
                new ByteArrayInputStream(zip("records.csv", records, "funding.contributions.csv", contributions)),
                "x.zip");
        SheetRecord read = reading.getRecords().get(0);
        assertThat(read.getFindings()).isEmpty();
        Contribution contribution = read.getRecord()
                .orElseThrow()
                .getFunding()
                .get(0)
                .getContributions()
                .get(0);
        assertThat(contribution.getKind()).isEqualTo(ContributionKind.fromCode(kind));
        if (amount == null) {
            assertThat(contribution.getAmount()).isEmpty();
        } else {
            assertThat(contribution.getAmount().orElseThrow().getAmount()).isEqualByComparingTo(new BigDecimal(amount));
            assertThat(contribution.getAmount().orElseThrow().getCurrency().getCurrencyCode())
                    .isEqualTo(currency == null ? "EUR" : currency);
        }
        assertThat(contribution.getPeriod().map(Object::toString).orElse(null)).isEqualTo(period);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "1,234", "12,345,678", "1.234.567", "1.234,5", "1,234.5"})
    void ambiguousNumbersAreFindingsNeverGuesses(String text) {
        String csv = "Identifiant;Titre;Chiffres clés – Valeur\r\nx;T;" + text + "\r\n";
        String records = "Identifiant;Titre\r\nx;T\r\n";
        String figures = "Identifiant;Type;Valeur;Libellé\r\nx;count;" + text + ";Jeunes\r\n";
        SpreadsheetReading reading = SHEETS.read(
                new ByteArrayInputStream(zip("Fiches.csv", records, "Chiffres clés.csv", figures)), "x.zip");
        SheetRecord read = reading.getRecords().get(0);
        assertThat(read.getRecord()).as(csv).isEmpty();
        // The value is not guessed: the finding names its cell, and the figure then lacks its value.
        assertThat(read.getFindings())
                .extracting(Finding::getRule)
                .containsExactly("sheet.ambiguous-number", "json.required");
        assertThat(read.getFindings())
                .allSatisfy(f -> assertThat(read.locate(f)).hasToString("'Chiffres clés'!C2"));
    }

    @Test
    void textThatWouldRunAsAFormulaIsWrittenAsTextAndReadBackExactly() {
        List<String> dangerous = List.of(
                "=HYPERLINK(\"http://evil\",\"x\")",
                "+33 1 23",
                "-5",
                "@SUM(A1)",
                "\tTab",
                "\rCR",
                "'=already",
                "''",
                "'plain",
                "'");
        List<ProjectRecord> records = new ArrayList<>();
        for (int i = 0; i < dangerous.size(); i++) {
            records.add(ProjectRecord.builder()
                    .id("r" + i)
                    .title("T")
                    .summary(dangerous.get(i))
                    .addPartners(Organisation.of(dangerous.get(i), OrganisationKind.ASSOCIATION))
                    .build());
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        SHEETS.writeCsvZip(records, zip);
        String partners = entry(zip.toByteArray(), "partners.csv");
        for (String line : partners.split("\r\n")) {
            String[] cells = line.split(";", -1);
            String name = cells[cells.length - 5].replaceFirst("^\"", "");
            assertThat(name)
                    .as(line)
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("-")
                    .doesNotStartWith("@")
                    .doesNotStartWith("\t")
                    .doesNotStartWith("\r");
        }
        SpreadsheetReading back = SHEETS.read(new ByteArrayInputStream(zip.toByteArray()), "x.zip");
        for (int i = 0; i < records.size(); i++) {
            assertThat(back.getRecords().get(i).getRecord()).contains(records.get(i));
        }

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        SHEETS.writeXlsx(records, xlsx);
        String sheetXml = entry(xlsx.toByteArray(), "xl/worksheets/sheet1.xml")
                + entry(xlsx.toByteArray(), "xl/worksheets/sheet2.xml");
        assertThat(sheetXml)
                .as("no formula in the workbook")
                .doesNotContain("<f>")
                .doesNotContain("<f ");
        SpreadsheetReading fromXlsx = SHEETS.read(new ByteArrayInputStream(xlsx.toByteArray()), "x.xlsx");
        for (int i = 0; i < records.size(); i++) {
            assertThat(fromXlsx.getRecords().get(i).getRecord()).contains(records.get(i));
        }
    }

    @Test
    void charactersXmlCannotHoldRoundTripThroughAWorkbookAsExcelWritesThem() {
        List<String> texts = List.of(
                "escape \u001b[1m",
                "nul \u0000 and bell \u0007",
                "_x0041_ is not A",
                "_x005F_x0041_",
                "tab\tnew\nline",
                "emoji 😀 stays");
        List<ProjectRecord> records = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            records.add(ProjectRecord.builder().id("r" + i).title(texts.get(i)).build());
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        SHEETS.writeXlsx(records, xlsx);
        SpreadsheetReading back = SHEETS.read(new ByteArrayInputStream(xlsx.toByteArray()), "x.xlsx");
        for (int i = 0; i < records.size(); i++) {
            assertThat(back.getRecords().get(i).getFindings()).isEmpty();
            assertThat(back.getRecords().get(i).getRecord()).contains(records.get(i));
        }
        // As Excel writes them: _x001B_ for ESC, _x005F_ for an underscore that starts such a code.
        String strings = entry(xlsx.toByteArray(), "xl/sharedStrings.xml");
        assertThat(strings).contains("escape _x001B_[1m", "_x005F_x0041_ is not A");
    }

    @Test
    void aLoneSurrogateIsRefusedByTheModelAndAWorkbookHoldingOneGivesAFinding() {
        // Not Unicode text: no record holds one, so no workbook is written with one.
        assertThatThrownBy(() -> ProjectRecord.builder()
                        .id("x")
                        .title("lone \ud800 surrogate")
                        .build())
                .isInstanceOf(org.terrinclus.core.InvalidValueException.class)
                .hasMessageContaining("lone surrogate");
        // A workbook from elsewhere may still code one as Excel does (_xD800_): a finding, not an exception.
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        SHEETS.writeXlsx(
                List.of(ProjectRecord.builder()
                        .id("x")
                        .title("lone MARK surrogate")
                        .build()),
                xlsx);
        byte[] edited = rewrite(xlsx.toByteArray(), "xl/sharedStrings.xml", "MARK", "_xD800_");
        SpreadsheetReading back = SHEETS.read(new ByteArrayInputStream(edited), "x.xlsx");
        assertThat(back.getRecords()).hasSize(1);
        assertThat(back.getRecords().get(0).getRecord()).isEmpty();
        assertThat(back.getRecords().get(0).getFindings())
                .extracting(org.terrinclus.validation.Finding::getRule)
                .containsExactly("json.encoding");
    }

    /** The workbook with one text replaced in one of its parts. */
    private static byte[] rewrite(byte[] zip, String name, String from, String to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.commons.compress.archivers.zip.ZipFile in =
                        org.apache.commons.compress.archivers.zip.ZipFile.builder()
                                .setSeekableByteChannel(
                                        new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip))
                                .get();
                java.util.zip.ZipOutputStream copy = new java.util.zip.ZipOutputStream(out)) {
            boolean replaced = false;
            for (var entry : java.util.Collections.list(in.getEntries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(name)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    replaced = text.contains(from);
                    content = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
            assertThat(replaced).as("%s holds %s", name, from).isTrue();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void aTextLongerThanACellHoldsIsRefusedRatherThanCut() {
        ProjectRecord record = ProjectRecord.builder()
                .id("x")
                .title("T")
                .summary("a".repeat(40_000))
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> SHEETS.writeXlsx(List.of(record), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Records!D2");
    }

    @Test
    void aLoneCsvTableRefusesRecordsWithRepeatedPartsRatherThanCutThem() {
        ProjectRecord withPartner = ProjectRecord.builder()
                .id("x")
                .title("T")
                .addPartners(Organisation.of("A", OrganisationKind.ASSOCIATION))
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> SHEETS.writeCsv(List.of(withPartner), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partners");
        ProjectRecord plain = ProjectRecord.builder().id("y").title("T").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SHEETS.writeCsv(List.of(plain), out);
        assertThat(read(out.toByteArray()).getRecords().get(0).getRecord()).contains(plain);
        assertThat(Money.eur(1)).isNotNull();
    }

    static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new java.util.zip.ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String entry(byte[] zip, String name) {
        try (org.apache.commons.compress.archivers.zip.ZipFile file =
                org.apache.commons.compress.archivers.zip.ZipFile.builder()
                        .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip))
                        .get()) {
            var entry = file.getEntry(name);
            if (entry != null) {
                return new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no entry " + name);
    }
}
