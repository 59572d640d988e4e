/**
 * Money and the tables of a project record: funding plans (who pays what) and cost breakdowns
 * (what it costs, by category), each with the total the sheet declares.
 */
@TerrinclusStyle
package org.terrinclus.funding;

import org.terrinclus.core.TerrinclusStyle;
