/**
 * Helpers shared by the packages of Terrinclus core. <strong>Not public API</strong>: anything in
 * this package may change or disappear in any release, without notice; do not use it from outside
 * Terrinclus.
 */
package org.terrinclus.core.internal;
