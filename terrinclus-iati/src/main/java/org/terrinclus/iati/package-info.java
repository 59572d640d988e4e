/**
 * IATI, the international standard for publishing development-cooperation activities: records
 * written as IATI 2.03 activities ({@link org.terrinclus.iati.TerrinclusIati#write}), and IATI
 * 2.01 to 2.03 activity files read as records with findings for what does not map ({@link
 * org.terrinclus.iati.TerrinclusIati#readAll}). What a record holds and IATI has no place for
 * travels in elements of the {@value org.terrinclus.iati.TerrinclusIati#NAMESPACE} namespace
 * inside each activity, so that reading a written file gives the records back.
 */
package org.terrinclus.iati;
