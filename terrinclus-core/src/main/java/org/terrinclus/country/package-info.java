/**
 * Countries, as ISO 3166-1 alpha-2 codes backed by the JDK's list, with their names in French and
 * English and a tolerant reading of country names as printed in the sheets ("ÉQUATEUR", "Côte
 * d'Ivoire").
 */
package org.terrinclus.country;
