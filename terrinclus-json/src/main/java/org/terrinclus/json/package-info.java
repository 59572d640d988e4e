/**
 * The Terrinclus JSON exchange format: {@link org.terrinclus.json.TerrinclusJson} reads and
 * writes records, one at a time or streamed in bulk, reporting every problem as a
 * {@link org.terrinclus.validation.Finding}; {@link org.terrinclus.json.TerrinclusModule} lets
 * an existing Jackson {@code ObjectMapper} read and write the same format.
 */
package org.terrinclus.json;
