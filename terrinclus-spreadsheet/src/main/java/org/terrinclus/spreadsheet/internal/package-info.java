/**
 * The machinery behind the spreadsheet layout: the field tree, flattening, cell values, the XLSX
 * and CSV files. <strong>Not public API</strong>: anything in this package may change or
 * disappear in any release, without notice.
 */
package org.terrinclus.spreadsheet.internal;
