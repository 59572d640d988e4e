/** Key figures (QUELQUES CHIFFRES): values as written, with their kind, unit and precision. */
@TerrinclusStyle
package org.terrinclus.figure;

import org.terrinclus.core.TerrinclusStyle;
