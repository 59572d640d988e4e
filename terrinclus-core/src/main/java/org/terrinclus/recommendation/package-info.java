/**
 * The recommendations (préconisations) of the ADF report "Agir en coopération pour un
 * développement local durable et inclusif" (2015) that the guide's pilot approaches apply: their
 * six families, a catalogue of the 29 specific recommendations the sheets cite, each with a stable
 * code, its normalised wording and the variant wordings the sheets print, and a tolerant lookup
 * from a printed wording to its recommendation.
 */
package org.terrinclus.recommendation;
