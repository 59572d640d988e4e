/**
 * The view models, templates and PDF machinery behind {@code org.terrinclus.render}. <strong>Not
 * public API</strong>: anything in this package may change or disappear in any release, without
 * notice.
 */
package org.terrinclus.render.internal;
