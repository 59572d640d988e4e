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

    /** The HTML page of a sheet. */
    public static String sheet(SheetView view) {
        StringOutput output = new StringOutput(32 * 1024);
        ENGINE.render("sheet.jte", view, output);
        return output.toString();
    }

    /** The HTML page of a portfolio report. */
    public static String report(ReportView view) {
        StringOutput output = new StringOutput(64 * 1024);
        ENGINE.render("report.jte", view, output);
        return output.toString();
    }
}
