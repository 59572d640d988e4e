/**
 * Thematics: the fields of economic and social inclusion a project works in, such as youth or
 * citizen participation. The guide's seven thematics are known constants with French and English
 * labels; records may use others, given by a code, since the set is open.
 */
package org.terrinclus.thematic;
