package org.terrinclus.validation.internal;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Whether the library's own traversal skips an element of a list that is the very same instance
 * as an earlier element of that list, as the running Hibernate Validator does.
 *
 * <p>Hibernate Validator 8 tracks the beans it has validated, by identity, so as not to loop on
 * cycles; in a list it then skips an element that is the same object as an earlier one (its path
 * is taken for the earlier one's), and reports nothing inside it. Version 9 does not track beans
 * in a graph without cycles, and checks every element. Only a record built in Java can share an
 * instance; which behaviour runs is found once, by a probe, when a list first repeats one.
 */
final class RepeatedBeans {

    private RepeatedBeans() {}

    /** Whether element {@code index} of a list is to be skipped: the same instance as an earlier one. */
    static boolean skip(List<?> list, int index) {
        Object element = list.get(index);
        for (int i = 0; i < index; i++) {
            if (list.get(i) == element) {
                return Probe.SKIPS;
            }
        }
        return false;
    }

    // Holder: the probe runs on the first list that repeats an instance.
    private static final class Probe {
        static final boolean SKIPS = run();

        private static boolean run() {
            try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()) {
                return factory.getValidator().validate(new ProbeList()).size() < 2;
            }
        }
    }

    /** An element of the probe's list, with one violation; not for use. */
    public static final class ProbeElement {
        @NotNull
        final Object value = null;
    }

    /** The bean the probe validates: one element, twice; not for use. */
    public static final class ProbeList {
        private static final ProbeElement ELEMENT = new ProbeElement();

        final List<@Valid ProbeElement> elements = List.of(ELEMENT, ELEMENT);
    }
}
