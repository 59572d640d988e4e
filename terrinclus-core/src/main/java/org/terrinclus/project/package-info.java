/**
 * Project records — the guide's <i>fiches de capitalisation</i> — and their parts: lead,
 * dates, narrative, resources and contacts. Start with {@link org.terrinclus.project.ProjectRecord}.
 */
@TerrinclusStyle
package org.terrinclus.project;

import org.terrinclus.core.TerrinclusStyle;
