/** Organisations: the lead, its operator, partners and funders, with their kind and country. */
@TerrinclusStyle
package org.terrinclus.organisation;

import org.terrinclus.core.TerrinclusStyle;
