package org.terrinclus.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.terrinclus.validation.Rule;

/**
 * Where each rule of {@link org.terrinclus.validation.Rules} looks and what it checks there: the
 * catalogue registers its rows' checks here, and {@link Engine} reads them.
 */
public final class Catalogue {

    private static final List<Binding<?>> BINDINGS = new ArrayList<>();

    private Catalogue() {}

    /**
     * Binds a check of a rule to a part of the record; called by the catalogue only, once per
     * check, while it is built.
     *
     * @param rule the rule
     * @param part where it looks
     * @param check what it checks there
     * @param <T> the type of the part's value
     */
    public static synchronized <T> void bind(Rule rule, Part<T> part, Check<T> check) {
        BINDINGS.add(new Binding<>(rule, part, check));
    }

    static synchronized List<Binding<?>> bindings() {
        org.terrinclus.validation.Rules.all(); // the catalogue binds its checks when it loads
        return List.copyOf(BINDINGS);
    }

    /** One check of one rule at one part. */
    static final class Binding<T> {
        final Rule rule;
        final Part<T> part;
        final Check<T> check;

        Binding(Rule rule, Part<T> part, Check<T> check) {
            this.rule = rule;
            this.part = part;
            this.check = check;
        }
    }
}
