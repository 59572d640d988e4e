/**
 * What every part of the Terrinclus model shares: localised labels and fields kept for newer
 * versions of the format.
 */
package org.terrinclus.core;
