/** The IATI mapping's machinery: not API. */
package org.terrinclus.iati.internal;
