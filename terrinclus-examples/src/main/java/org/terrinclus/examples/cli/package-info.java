/**
 * The {@code terrinclus} command-line tool: {@link org.terrinclus.examples.cli.TerrinclusCommand}
 * validates records, reports on a portfolio, lists the rules, prints the JSON Schema, and gives a
 * guided tour of the bundled pilot sheets. Run it with the {@code ./terrinclus} script at the root
 * of the repository.
 */
package org.terrinclus.examples.cli;
