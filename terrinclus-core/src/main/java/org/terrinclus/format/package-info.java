/**
 * The one description of the Terrinclus exchange format: each type, each field, its JSON name,
 * its value type, whether it is required, its code list, and its title and one-line description
 * in French and English. Start with {@link org.terrinclus.format.Format}.
 *
 * <p>Plain Java data, with no JSON library: the JSON reader, writer and schema of {@code
 * terrinclus-json}, the field tables of {@code docs/format.md}, and any other view of a record
 * (spreadsheet columns, an IATI mapping) are derived from it.
 */
package org.terrinclus.format;
