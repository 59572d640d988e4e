/**
 * The machinery behind the validation rules: the engine and its walk of a record, the rules'
 * checks, their messages, the constraint validator of the Jakarta Validation door. <strong>Not
 * public API</strong>: anything in this package may change or disappear in any release, without
 * notice.
 */
package org.terrinclus.validation.internal;
