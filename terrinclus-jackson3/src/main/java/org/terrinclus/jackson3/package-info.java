/**
 * The Terrinclus JSON format for Jackson 3 ({@code tools.jackson}) mappers: start with
 * {@link org.terrinclus.jackson3.TerrinclusJackson3Module}.
 */
package org.terrinclus.jackson3;
