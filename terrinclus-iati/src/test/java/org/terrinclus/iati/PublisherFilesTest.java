package org.terrinclus.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.Money;
import org.terrinclus.iati.testing.ExportOptionsForTests;
import org.terrinclus.iati.testing.IatiSchema;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Files in the image of real publishers' (2.01 and 2.03, several currencies, regional and local
 * governments, narratives in several languages, untidy values): every activity becomes a record,
 * every amount is in the record or named in a finding, and the records export again as valid IATI
 * that reads back equal and keeps the elements the mapping covers.
 */
class PublisherFilesTest {

    private static final TerrinclusIati IATI = TerrinclusIati.create();
    private static final String[] FILES = {"agency-fr-2.03.xml", "ministry-es-2.01.xml", "network-untidy.xml"};

    private static byte[] bytes(String name) throws Exception {
        try (InputStream in = PublisherFilesTest.class.getResourceAsStream("publishers/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency-fr-2.03.xml", "ministry-es-2.01.xml", "network-untidy.xml"})
    void everyActivityAndEveryAmountIsAccountedFor(String file) throws Exception {
        byte[] xml = bytes(file);
        List<IatiReadResult> results = IATI.read(xml);
        List<Element> activities = elements(dom(xml).getDocumentElement(), "iati-activity");

        List<IatiReadResult> records =
                results.stream().filter(r -> r.getRecord().isPresent()).toList();
        assertThat(records).hasSize(activities.size());
        for (int i = 0; i < activities.size(); i++) {
            ProjectRecord record = records.get(i).getRecord().get();
            List<Finding> findings = records.get(i).getFindings();
            for (Finding finding : findings) {
                assertThat(finding.getLine()).isPresent();
                assertThat(finding.getColumn()).isPresent();
                assertThat(finding.getMessageEn()).contains("[/iati-activities");
            }
            for (Element value : elements(activities.get(i), "value")) {
                String text = value.getTextContent().trim();
                boolean inRecord = record.getFunding().stream()
                        .flatMap(plan -> plan.getContributions().stream())
                        .map(Contribution::getAmount)
                        .flatMap(java.util.Optional::stream)
                        .map(Money::getAmount)
                        .anyMatch(amount -> parses(text) && amount.compareTo(new BigDecimal(text)) == 0);
                boolean named = findings.stream().anyMatch(f -> f.getMessageEn().contains(text));
                assertThat(inRecord || named)
                        .as("%s: amount %s of activity %d is neither in the record nor named", file, text, i)
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency-fr-2.03.xml", "ministry-es-2.01.xml", "network-untidy.xml"})
    void whatAKeptTransactionLeavesOutIsNamed(String file) throws Exception {
        int named = leftOutNamed(
                file,
                "transaction",
                Set.of("transaction-type", "value", "provider-org", "description"),
                "Transaction kept as a funding row, without: ");
        if (!file.equals("network-untidy.xml")) {
            assertThat(named).as("%s has kept transactions with dates", file).isPositive();
        }
    }

    @Test
    void whatAKeptDocumentLinkLeavesOutIsNamed() throws Exception {
        int named = leftOutNamed(
                "agency-fr-2.03.xml",
                "document-link",
                Set.of("title", "category"),
                "Document link kept as a resource, without: ");
        assertThat(named).isEqualTo(2);
    }

    /**
     * Checks that each element of a kept {@code element} (a funding transaction, a document link)
     * that the record has no place for — every child not in {@code kept}, and the dates — is named
     * in a finding of its activity that starts with {@code prefix}; returns how many were.
     */
    private static int leftOutNamed(String file, String element, Set<String> kept, String prefix) throws Exception {
        byte[] xml = bytes(file);
        List<IatiReadResult> results = IATI.read(xml);
        List<Element> activities = elements(dom(xml).getDocumentElement(), "iati-activity");
        int named = 0;
        for (int i = 0; i < activities.size(); i++) {
            List<String> messages = results.get(i).getFindings().stream()
                    .map(Finding::getMessageEn)
                    .toList();
            for (Element owner : elements(activities.get(i), element)) {
                String type = elements(owner, "transaction-type").stream()
                        .map(e -> e.getAttribute("code"))
                        .findFirst()
                        .orElse("");
                if (element.equals("transaction") && !type.equals("11") && !type.equals("1")) {
                    continue; // not a funding row: its amount is named whole (see above)
                }
                List<String> leftOut = new ArrayList<>();
                for (Element child : elements(owner, "*")) {
                    if (child.getParentNode() == owner && !kept.contains(child.getLocalName())) {
                        leftOut.add(
                                child.getLocalName().equals("transaction-date")
                                        ? "transaction-date " + child.getAttribute("iso-date")
                                        : child.getLocalName());
                    }
                }
                for (Element value : elements(owner, "value")) {
                    if (value.hasAttribute("value-date")) {
                        leftOut.add("value-date " + value.getAttribute("value-date"));
                    }
                }
                for (String what : leftOut) {
                    assertThat(messages)
                            .as("%s: activity %d leaves out %s without a word", file, i, what)
                            .anyMatch(m -> m.startsWith(prefix) && m.contains(what));
                    named++;
                }
            }
        }
        return named;
    }

    private static boolean parses(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency-fr-2.03.xml", "ministry-es-2.01.xml", "network-untidy.xml"})
    void importedRecordsExportAgainValidAndKeepWhatTheMappingCovers(String file) throws Exception {
        byte[] xml = bytes(file);
        List<ProjectRecord> records =
                IATI.read(xml).stream().flatMap(r -> r.getRecord().stream()).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiExportResult written = IATI.write(records, out, ExportOptionsForTests.publisher());
        assertThat(written.hasErrors()).as("%s", written).isFalse();
        assertThat(IatiSchema.errors(out.toByteArray())).as("%s", out).isEmpty();

        // Record → IATI → record is the identity for imported records too.
        assertThat(IATI.read(out.toByteArray()))
                .map(r -> r.getRecord().orElseThrow())
                .containsExactlyElementsOf(records);

        // IATI → record → IATI keeps what the mapping covers.
        Element original = dom(xml).getDocumentElement();
        Element again = dom(out.toByteArray()).getDocumentElement();
        assertThat(covered(again, "recipient-country")).containsAll(valid(covered(original, "recipient-country")));
        assertThat(tags(again)).containsAll(validTags(tags(original)));
        assertThat(incoming(again)).containsAll(incomingKept(original));
        assertThat(attributes(again, "document-link", "url")).containsAll(attributes(original, "document-link", "url"));
        assertThat(texts(again, "email")).containsAll(texts(original, "email"));
    }

    private static Set<String> covered(Element root, String element) {
        return attributes(root, element, "code");
    }

    private static Set<String> valid(Set<String> codes) {
        Set<String> valid = new TreeSet<>(codes);
        valid.removeIf(code -> code.isBlank() || code.equals("ZZ"));
        return valid;
    }

    private static Set<String> attributes(Element root, String element, String attribute) {
        Set<String> values = new TreeSet<>();
        for (Element e : elements(root, element)) {
            if (e.hasAttribute(attribute)) {
                values.add(e.getAttribute(attribute));
            }
        }
        return values;
    }

    private static Set<String> texts(Element root, String element) {
        Set<String> values = new TreeSet<>();
        for (Element e : elements(root, element)) {
            values.add(e.getTextContent().trim());
        }
        return values;
    }

    private static Set<String> tags(Element root) {
        Set<String> tags = new TreeSet<>();
        for (Element tag : elements(root, "tag")) {
            if (tag.getAttribute("vocabulary").equals("2")
                    || tag.getAttribute("vocabulary").equals("3")) {
                tags.add(tag.getAttribute("vocabulary") + ":" + tag.getAttribute("code"));
            }
        }
        return tags;
    }

    private static Set<String> validTags(Set<String> tags) {
        Set<String> valid = new TreeSet<>(tags);
        valid.removeIf(tag -> tag.equals("2:18") || tag.equals("3:"));
        return valid;
    }

    /** The values of incoming commitments and funds, as plain amounts. */
    private static Set<String> incoming(Element root) {
        Set<String> values = new TreeSet<>();
        for (Element transaction : elements(root, "transaction")) {
            String type = elements(transaction, "transaction-type").get(0).getAttribute("code");
            if (type.equals("11") || type.equals("1")) {
                String text =
                        elements(transaction, "value").get(0).getTextContent().trim();
                if (parses(text) && new BigDecimal(text).signum() >= 0) {
                    values.add(new BigDecimal(text).stripTrailingZeros().toPlainString());
                }
            }
        }
        return values;
    }

    private static Set<String> incomingKept(Element root) {
        Set<String> values = incoming(root);
        values.remove("300"); // in the unknown currency XXX1, named in a finding
        return values;
    }

    @Test
    void untidyValuesGiveFindingsNotExceptions() throws Exception {
        List<IatiReadResult> results = IATI.read(bytes("network-untidy.xml"));
        assertThat(results).hasSize(1);
        IatiReadResult result = results.get(0);
        ProjectRecord record = result.getRecord().orElseThrow();

        assertThat(record.getId()).isEqualTo("iati-activity-1");
        assertThat(record.getTitle()).isEqualTo("Échanges de jeunes");
        assertThat(result.getFindings())
                .extracting(Finding::getRule)
                .contains(
                        "iati.version",
                        "iati.identifier.missing",
                        "iati.narrative.language",
                        "iati.value",
                        "iati.amount.unmapped",
                        "iati.unmapped");
        // An organisation known only by an internal numeric ref keeps it as another identifier.
        assertThat(record.getLead().orElseThrow().getOrganisation().getName()).isEqualTo("0042");
        // The lower-case currency is read; the unknown one is named.
        assertThat(record.getFunding())
                .flatExtracting(p -> p.getContributions())
                .extracting(c -> c.getAmount().orElseThrow())
                .containsExactly(Money.eur(700));
    }

    @Test
    void mixedCurrenciesBecomeOneFundingTablePerCurrency() throws Exception {
        ProjectRecord record =
                IATI.read(bytes("ministry-es-2.01.xml")).get(0).getRecord().orElseThrow();
        assertThat(record.getId()).isEqualTo("ES-DIR3-E04585801-2014/SPE/0000400  & 01");
        assertThat(record.getTitle())
                .isEqualTo(
                        "Fortalecimiento municipal en Cusco".equals(record.getTitle())
                                ? "Fortalecimiento municipal en Cusco"
                                : "Renforcement municipal à Cusco");
        assertThat(record.getFunding())
                .extracting(p -> p.getLabel().orElseThrow())
                .containsExactly("Transactions IATI (EUR)", "Transactions IATI (USD)", "Transactions IATI (GBP)");
        assertThat(record.getPartnerCountries()).extracting(c -> c.getCode()).containsExactly("PE", "BO");
        assertThat(record.getLead().orElseThrow().getOrganisation().getName()).isEqualTo("Ayuntamiento de Barcelona");
    }

    @Test
    void filesNameTheirActivitiesInOrder() throws Exception {
        for (String file : FILES) {
            List<IatiReadResult> results = IATI.read(bytes(file));
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).getIndex()).isEqualTo(i);
            }
        }
    }
}
