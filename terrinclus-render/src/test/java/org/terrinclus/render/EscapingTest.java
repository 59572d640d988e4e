package org.terrinclus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.render.testing.HostileRecords;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.RecordValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Markup, scripts, event handlers, javascript: links and CSS in every text field render as text. */
class EscapingTest {

    private static final ProjectRecord HOSTILE = HostileRecords.record();

    private static List<String> pages() {
        RecordValidator validator = RecordValidator.create();
        SheetRenderer renderer = SheetRenderer.create();
        List<String> pages = new ArrayList<>();
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            pages.add(renderer.html(HOSTILE, locale));
            pages.add(renderer.html(HOSTILE, locale, validator.validate(HOSTILE, Profile.PUBLICATION)));
            pages.add(PortfolioReport.create()
                    .add(HOSTILE, validator.validate(HOSTILE, Profile.PUBLICATION))
                    .html(locale));
        }
        return pages;
    }

    @Test
    void noElementOrAttributeComesFromTheRecord() throws Exception {
        for (String html : pages()) {
            Document page = Xhtml.parse(html);
            assertThat(page.getElementsByTagName("script").getLength()).isZero();
            assertThat(page.getElementsByTagName("img").getLength()).isZero();
            assertThat(page.getElementsByTagName("iframe").getLength()).isZero();
            assertThat(page.getElementsByTagName("link").getLength()).isZero();
            assertThat(page.getElementsByTagName("textarea").getLength()).isZero();
            assertThat(page.getElementsByTagName("style").getLength())
                    .as("our own style sheets only")
                    .isEqualTo(2);
            assertThat(page.getElementsByTagName("meta").getLength())
                    .as("charset and viewport")
                    .isEqualTo(2);
            NodeList all = page.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                for (int a = 0; a < element.getAttributes().getLength(); a++) {
                    String name = element.getAttributes().item(a).getNodeName();
                    assertThat(name)
                            .as("attribute of <%s>", element.getTagName())
                            .doesNotStartWith("on");
                }
                String href = element.getAttribute("href");
                if (!href.isEmpty() && !href.startsWith("#")) {
                    assertThat(href).matches("(https?://|mailto:)[^\\s\"<>]*");
                }
                assertThat(element.getAttribute("style")).doesNotContain("url(", "javascript", "expression");
            }
        }
    }

    @Test
    void everyPayloadIsShownAsText() throws Exception {
        String html = SheetRenderer.create().html(HOSTILE, Locale.FRENCH);
        String text = Xhtml.parse(html).getDocumentElement().getTextContent();
        for (String payload : HostileRecords.PAYLOADS) {
            assertThat(text).as("shown as text").contains(payload);
        }
        NodeList links = Xhtml.parse(html).getElementsByTagName("a");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(((Element) links.item(i)).getAttribute("href"));
        }
        assertThat(hrefs).doesNotContainAnyElementsOf(HostileRecords.BAD_ADDRESSES);
        assertThat(hrefs).contains("https://example.org/fiche?a=1&b=2");
    }

    @Test
    void thePdfShowsThePayloadsAsText() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        SheetRenderer.create().writePdf(HOSTILE, Locale.FRENCH, null, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("<script>window.__pwned=1</script>Titre");
        }
    }
}
