package org.terrinclus.render.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * HTML to PDF with openhtmltopdf, without a browser. The page's fonts are the Liberation fonts
 * (SIL Open Font License), read once from the classpath and embedded (subset) in every PDF, so a
 * PDF looks the same on every machine and never lacks an accented letter.
 */
public final class Pdf {

    private static final String FONTS = "/liberation/";

    /** A font file and the CSS family, weight and style it stands for. */
    private record Face(String file, String family, int weight, FontStyle style) {}

    private static final List<Face> FACES = List.of(
            new Face("LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL),
            new Face("LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL),
            new Face("LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC),
            new Face("LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, FontStyle.ITALIC),
            new Face("LiberationMono-Regular.ttf", "Liberation Mono", 400, FontStyle.NORMAL));

    private static final List<byte[]> FONT_BYTES = FACES.stream().map(Pdf::read).toList();

    private Pdf() {}

    /**
     * Writes the PDF of an HTML page (well-formed XHTML, as the templates write it).
     *
     * @param html the page
     * @param title the document's title, for the PDF's metadata
     * @param out where the PDF goes; not closed
     */
    public static void write(String html, String title, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            byte[] bytes = FONT_BYTES.get(i);
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true);
        }
        // The page needs nothing from outside: refuse every external resource (images, style sheets).
        builder.useUriResolver((base, uri) -> null);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // Problems go to the caller as exceptions, not to the error stream of a host application.
        builder.withDiagnosticConsumer(diagnostic -> {});
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
