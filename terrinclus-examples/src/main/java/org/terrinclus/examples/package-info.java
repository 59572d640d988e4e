/**
 * The twelve pilot sheets of the ADF guide (July 2017) as project records, ready to use in tests,
 * demonstrations and tools: {@link org.terrinclus.examples.PilotSheets}.
 *
 * <p>The command-line tool is in {@code org.terrinclus.examples.cli}; the runnable examples of the
 * README are the tests of this module's {@code guide} package.
 */
package org.terrinclus.examples;
