package org.terrinclus.validation;

import jakarta.validation.groups.Default;

/**
 * Validation group of the draft profile: the rules that apply to any record, even one being
 * written.
 *
 * <p>It extends {@link Default}, so constraints declared without a group are draft rules, and a
 * host application's plain {@code validator.validate(record)} applies exactly the draft rules.
 */
public interface Draft extends Default {}
