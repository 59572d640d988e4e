/**
 * The United Nations Sustainable Development Goals (SDGs, in French ODD) and their 169 targets, as
 * adopted in resolution A/RES/70/1 (2015): the reference data a project record uses to say which
 * goals and targets a project contributes to, with the goals' official short names in French and
 * English, their colours, and a tolerant reading of goals as printed in the sheets ("ODD 4 :
 * Education de qualité").
 */
package org.terrinclus.sdg;
