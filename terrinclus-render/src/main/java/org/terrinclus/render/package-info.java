/**
 * Documents people read: a project record as a printable sheet in HTML or PDF ({@link
 * org.terrinclus.render.SheetRenderer}), with the findings of validation beside the parts they
 * concern, and one page about many records ({@link org.terrinclus.render.PortfolioReport}):
 * charts, funding, and a validation summary.
 *
 * <p>Every text that comes from a record is escaped; links are made only for {@code http}, {@code
 * https} and {@code mailto} addresses. The pages need no network access to be viewed: no external
 * style sheet, script or font.
 */
package org.terrinclus.render;
