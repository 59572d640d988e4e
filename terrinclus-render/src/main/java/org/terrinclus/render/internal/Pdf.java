package org.terrinclus.render.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * HTML to PDF with openhtmltopdf, without a browser. The page's fonts are the Liberation fonts
 * (SIL Open Font License), read once from the classpath and embedded (subset) in every PDF, so a
 * PDF looks the same on every machine and never lacks an accented letter.
 */
public final class Pdf {

    private static final String FONTS = "/liberation/";

    /** A font file and the CSS family, weight and style it stands for. */
    private record Face(String file, String family, int weight, FontStyle style) {}

    /** The faces the style sheet uses (bold italic is not used: it would fall back to bold). */
    private static final List<Face> FACES = List.of(
            new Face("LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL),
            new Face("LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL),
            new Face("LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC),
            new Face("LiberationMono-Regular.ttf", "Liberation Mono", 400, FontStyle.NORMAL));

    private static final List<byte[]> FONT_BYTES = FACES.stream().map(Pdf::read).toList();

    private Pdf() {}

    /**
     * Writes the PDF of an HTML page (well-formed XHTML, as the templates write it).
     *
     * @param html the page
     * @param out where the PDF goes; not closed
     */
    public static void write(String html, OutputStream out) {
        List<TrueTypeFont> fonts = new ArrayList<>(FACES.size());
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            for (int i = 0; i < FACES.size(); i++) {
                Face face = FACES.get(i);
                // Parsed per document from bytes read once: a TrueTypeFont is not shared across threads.
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES.get(i)));
                fonts.add(font);
                // Without glyph substitution (ligatures): building PDFBox's substitution worker compiles
                // regular expressions for every font of every document, which made a PDF several times
                // slower; the text is the same, and copies out of the PDF as written.
                font.setEnableGsub(false);
                builder.useFont(
                        new PDFontSupplier(PDType0Font.load(document, font, true)),
                        face.family(),
                        face.weight(),
                        face.style(),
                        true);
            }
            // The page needs nothing from outside: refuse every external resource (images, style sheets).
            builder.useUriResolver((base, uri) -> null);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (TrueTypeFont font : fonts) {
                try {
                    font.close();
                } catch (IOException e) {
                    // Fonts read from memory: nothing to release.
                }
            }
        }
    }

    private static byte[] read(Face face) {
        try (InputStream in = Pdf.class.getResourceAsStream(FONTS + face.file())) {
            if (in == null) {
                throw new IllegalStateException("Font not found on the classpath: " + FONTS + face.file());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
