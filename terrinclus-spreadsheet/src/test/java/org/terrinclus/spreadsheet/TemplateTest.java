package org.terrinclus.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;

/**
 * The template, filled in as a person would in a spreadsheet application (here with Apache POI):
 * labels picked from the drop-down lists, French amounts typed as text. What they wrote reads back
 * as a record, and every finding names its cell.
 */
class TemplateTest {

    private static byte[] template(Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerrinclusSpreadsheet.strict().writeTemplate(language, out);
        return out.toByteArray();
    }

    @Test
    void theTemplateHasTitledColumnsDropDownListsAndNotes() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(Locale.FRENCH)))) {
            XSSFSheet records = workbook.getSheet("Fiches");
            assertThat(headings(records))
                    .contains("Identifiant", "Titre", "Porteur – Organisation porteuse – Nom", "Thématiques", "ODD");
            assertThat(headings(workbook.getSheet("Contributions")))
                    .contains("Identifiant", "N° Financement", "Financeur – Nom", "Montant", "Montant – Devise");
            assertThat(records.getLastRowNum()).as("no data rows").isZero();

            Map<String, String> lists = new TreeMap<>();
            for (DataValidation validation : records.getDataValidations()) {
                int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
                lists.put(
                        records.getRow(0).getCell(column).getStringCellValue(),
                        validation.getValidationConstraint().getFormula1());
            }
            assertThat(lists)
                    .containsKeys(
                            "Thématiques",
                            "ODD",
                            "Porteur – Organisation porteuse – Type",
                            "Porteur – Organisation porteuse – Pays");
            String thematics = lists.get("Thématiques");
            Sheet listSheet = workbook.getSheet("Listes");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(listSheet)))
                    .isTrue();
            List<String> thematicLabels = column(listSheet, thematics);
            assertThat(thematicLabels).contains("Jeunesse", "Participation citoyenne", "Femmes");
            assertThat(column(listSheet, lists.get("Porteur – Organisation porteuse – Type")))
                    .contains("Département");

            XSSFSheet contributions = workbook.getSheet("Contributions");
            List<String> contributionLists = new ArrayList<>();
            for (DataValidation validation : contributions.getDataValidations()) {
                contributionLists.addAll(
                        column(listSheet, validation.getValidationConstraint().getFormula1()));
            }
            assertThat(contributionLists).contains("Montant", "Non évaluable", "EUR");

            Sheet notes = workbook.getSheet("Notes");
            List<String> notedPaths = new ArrayList<>();
            for (Row row : notes) {
                notedPaths.add(row.getCell(2).getStringCellValue());
            }
            assertThat(notedPaths).contains("title", "funding/0/contributions/0/amount/amount", "funding/#");
        }
    }

    @Test
    void whatAPersonFillsInReadsBackAndFindingsNameCells() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(Locale.FRENCH)))) {
            fill(
                    workbook.getSheet("Fiches"),
                    Map.of(
                            "Identifiant", "aude-jeunesse",
                            "Titre", "Plateforme d'échange de pratiques pour la jeunesse",
                            "Résumé", "L'Aude et Sousse croisent leurs pratiques.",
                            "Porteur – Organisation porteuse – Nom", "Département de l'Aude",
                            "Porteur – Organisation porteuse – Type", "Département",
                            "Porteur – Organisation porteuse – Pays", "France",
                            "Thématiques", "Jeunesse; Participation citoyenne",
                            "ODD", "4 – Éducation de qualité"));
            fill(
                    workbook.getSheet("Financement"),
                    Map.of("Identifiant", "aude-jeunesse", "Total déclaré – Montant", "31\u202f225 €"));
            Sheet contributions = workbook.getSheet("Contributions");
            fill(
                    contributions,
                    Map.of(
                            "Identifiant", "aude-jeunesse",
                            "Financeur – Nom", "Département de l'Aude",
                            "Financeur – Type", "Département",
                            "Montant", "21 100,00 €"));
            fill(
                    contributions,
                    Map.of(
                            "Identifiant", "aude-jeunesse",
                            "Financeur – Nom", "Municipalité de Sousse",
                            "Financeur – Type", "Collectivité locale étrangère",
                            "Montant", "9\u00a0125 € sur 24 mois"));
            fill(
                    contributions,
                    Map.of(
                            "Identifiant", "aude-jeunesse",
                            "Financeur – Nom", "France Volontaires",
                            "Financeur – Type", "Association",
                            "Montant", "Non évaluable"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        SpreadsheetReading reading =
                TerrinclusSpreadsheet.strict().read(new ByteArrayInputStream(filled), "fiche.xlsx");
        assertThat(reading.getFindings()).isEmpty();
        SheetRecord read = reading.getRecords().get(0);
        assertThat(read.getFindings()).isEmpty();
        ProjectRecord record = read.getRecord().orElseThrow();
        assertThat(record.getThematics()).containsExactly(Thematic.YOUTH, Thematic.CITIZEN_PARTICIPATION);
        assertThat(record.getSdgGoals()).containsExactly(SdgGoal.QUALITY_EDUCATION);
        assertThat(record.getLead().orElseThrow().getOrganisation().getKind()).isEqualTo(OrganisationKind.DEPARTEMENT);
        FundingPlan funding = record.getFunding().get(0);
        assertThat(funding.getDeclaredTotal()).contains(Money.eur(31_225));
        List<Contribution> rows = funding.getContributions();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getAmount()).contains(Money.eur(21_100));
        assertThat(rows.get(0).getKind()).isEqualTo(ContributionKind.AMOUNT);
        assertThat(rows.get(1).getPeriod().map(Object::toString)).contains("P24M");
        assertThat(rows.get(2).getKind()).isEqualTo(ContributionKind.NOT_EVALUABLE);
        assertThat(rows.get(2).getAmount()).isEmpty();

        // 21 100 + 9 125 = 30 225, not the 31 225 typed as TOTAL: validation says so, at its cell.
        List<String> located = new ArrayList<>();
        for (Finding finding :
                RecordValidator.create().validate(record, Profile.DRAFT).getFindings()) {
            located.add(finding.getRule() + " " + read.locate(finding));
        }
        assertThat(located).contains("funding.total.mismatch Financement!C2");
    }

    @Test
    void readingFindingsNameTheirCells() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(Locale.FRENCH)))) {
            fill(
                    workbook.getSheet("Fiches"),
                    Map.of(
                            "Identifiant",
                            "x",
                            "Titre",
                            "Un projet",
                            "Porteur – Organisation porteuse – Type",
                            "Département"));
            fill(
                    workbook.getSheet("Contributions"),
                    Map.of(
                            "Identifiant",
                            "x",
                            "Financeur – Nom",
                            "A",
                            "Financeur – Type",
                            "Association",
                            "Montant",
                            "1.234"));
            fill(workbook.getSheet("Contributions"), Map.of("Identifiant", "y", "Montant", "12 €"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        SpreadsheetReading reading = TerrinclusSpreadsheet.strict().read(new ByteArrayInputStream(filled), "f.xlsx");
        SheetRecord record = reading.getRecords().get(0);
        assertThat(record.getRecord()).isEmpty();
        List<String> located = new ArrayList<>();
        for (Finding finding : record.getFindings()) {
            located.add(finding.getRule() + " " + finding.getPath() + " " + record.locate(finding));
        }
        assertThat(located)
                .contains(
                        // the amount's cell, the lead's name (blank), the contribution's kind (blank)
                        "sheet.ambiguous-number /funding/0/contributions/0/amount/amount Contributions!H2",
                        "json.required /lead/organisation Fiches!E2",
                        "json.required /funding/0/contributions/0 Contributions!G2");
        // The row of an unknown record is a finding about the file, at the id's cell.
        assertThat(reading.getFindings()).hasSize(1);
        assertThat(reading.getFindings().get(0).getRule()).isEqualTo("sheet.unknown-record");
        assertThat(reading.locate(reading.getFindings().get(0)).map(Object::toString))
                .contains("Contributions!A3");
    }

    private static List<String> headings(Sheet sheet) {
        List<String> headings = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
        return headings;
    }

    /** The values of a list range, as {@code Listes!$C$2:$C$9}. */
    private static List<String> column(Sheet lists, String range) {
        String letters = range.replaceAll(".*!\\$([A-Z]+)\\$.*", "$1");
        int column = letters.chars().reduce(0, (n, c) -> n * 26 + (c - 'A' + 1)) - 1;
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= lists.getLastRowNum(); r++) {
            Row row = lists.getRow(r);
            if (row != null && row.getCell(column) != null) {
                values.add(row.getCell(column).getStringCellValue());
            }
        }
        return values;
    }

    /** Types a new row of text cells under the given headings, as a person would. */
    private static void fill(Sheet sheet, Map<String, String> values) {
        List<String> headings = headings(sheet);
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        values.forEach((heading, value) -> {
            int column = headings.indexOf(heading);
            assertThat(column).as(heading).isNotNegative();
            row.createCell(column).setCellValue(value);
        });
    }
}
