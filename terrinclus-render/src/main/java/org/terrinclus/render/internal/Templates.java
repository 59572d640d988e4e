package org.terrinclus.render.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page templates ({@code src/main/jte}), compiled to Java classes when the library is built:
 * no template is parsed or compiled at run time. In HTML mode, jte escapes every value written
 * with {@code ${}} for the place it goes (text or attribute).
 */
public final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Templates.class.getClassLoader(), "org.terrinclus.render.internal.jte");

    private Templates() {}

    /**
     * The page with every character that XML 1.0 forbids (control characters other than tab, line
     * feed and carriage return; lone surrogates; U+FFFE and U+FFFF) shown as U+FFFD, the
     * replacement character. Such characters can come from a record (JSON allows {@code \u0001});
     * left in, they would make the page unreadable as XHTML, which the PDF renderer parses.
     */
    static String xmlSafe(String page) {
        int length = page.length();
        int i = 0;
        while (i < length && allowed(page, i)) {
            i++;
        }
        if (i == length) {
            return page;
        }
        StringBuilder safe = new StringBuilder(length).append(page, 0, i);
        for (; i < length; i++) {
            char c = page.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(page.charAt(i + 1))) {
                safe.append(c).append(page.charAt(++i));
            } else {
                safe.append(allowed(page, i) ? c : '\uFFFD');
            }
        }
        return safe.toString();
    }

    private static boolean allowed(String page, int i) {
        char c = page.charAt(i);
        if (c >= 0x20 && c < 0xD800) {
            return true;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < page.length() && Character.isLowSurrogate(page.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(page.charAt(i - 1));
        }
        return c >= 0xE000 && c <= 0xFFFD;
    }

    /** The HTML page of a sheet. */
    public static String sheet(SheetView view) {
        StringOutput output = new StringOutput(32 * 1024);
        ENGINE.render("sheet.jte", view, output);
        return xmlSafe(output.toString());
    }

    /** The HTML page of a portfolio report. */
    public static String report(ReportView view) {
        StringOutput output = new StringOutput(64 * 1024);
        ENGINE.render("report.jte", view, output);
        return xmlSafe(output.toString());
    }
}
