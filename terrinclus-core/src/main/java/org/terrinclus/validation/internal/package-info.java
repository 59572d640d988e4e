/**
 * The machinery behind the validation rules: constraint validators, message parameters, JSON
 * Pointers. <strong>Not public API</strong>: anything in this package may change or disappear in
 * any release, without notice.
 */
package org.terrinclus.validation.internal;
