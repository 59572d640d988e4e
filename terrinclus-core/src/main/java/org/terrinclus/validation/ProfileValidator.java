package org.terrinclus.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A host's own Bean Validation {@link Validator}, set to a profile and a rejecting severity: asked
 * with no group, it validates with the groups they name ({@link Default} or {@link Publication},
 * or their {@code WithWarnings} groups); a Terrinclus finding less severe than the rejecting
 * severity is left out, so that it never refuses a record. Explicit groups are used as given, and
 * constraints other than Terrinclus's are kept whatever their groups. The Spring Boot starters
 * give it to {@code @Valid}; any Jakarta Validation host can do the same.
 *
 * <pre>{@code
 * Validator validator = ProfileValidator.of(hostValidator, Profile.PUBLICATION, Severity.WARNING);
 * }</pre>
 */
public final class ProfileValidator implements Validator {

    private final Validator host;
    private final Class<?>[] groups;
    private final Severity reject;

    private ProfileValidator(Validator host, Profile profile, Severity reject) {
        this.host = Objects.requireNonNull(host, "host");
        this.reject = Objects.requireNonNull(reject, "reject");
        boolean publication = Objects.requireNonNull(profile, "profile") == Profile.PUBLICATION;
        Class<?> group;
        if (reject == Severity.ERROR) {
            group = publication ? Publication.class : Default.class;
        } else {
            group = publication ? Publication.WithWarnings.class : Draft.WithWarnings.class;
        }
        this.groups = new Class<?>[] {group};
    }

    /**
     * A validator that validates as {@code host}, for a profile and a rejecting severity.
     *
     * @param host the host's validator, which does the validating
     * @param profile the profile whose rules a record must pass
     * @param reject the least severe finding that refuses a record ({@link Severity#ERROR}: errors
     *     only)
     * @return the validator
     */
    public static ProfileValidator of(Validator host, Profile profile, Severity reject) {
        return new ProfileValidator(host, profile, reject);
    }

    private Class<?>[] groups(Class<?>[] given) {
        return given == null || given.length == 0 ? groups : given;
    }

    private <T> Set<ConstraintViolation<T>> refusing(Set<ConstraintViolation<T>> violations) {
        if (reject == Severity.INFO) {
            return violations;
        }
        Set<ConstraintViolation<T>> kept = new LinkedHashSet<>();
        for (ConstraintViolation<T> violation : violations) {
            if (Rules.idOf(violation).isEmpty() || Severity.of(violation).compareTo(reject) <= 0) {
                kept.add(violation);
            }
        }
        return kept;
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... given) {
        return refusing(host.validate(object, groups(given)));
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... given) {
        return refusing(host.validateProperty(object, propertyName, groups(given)));
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(
            Class<T> beanType, String propertyName, Object value, Class<?>... given) {
        return refusing(host.validateValue(beanType, propertyName, value, groups(given)));
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
        return host.getConstraintsForClass(clazz);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return type.isInstance(this) ? type.cast(this) : host.unwrap(type);
    }

    @Override
    public ExecutableValidator forExecutables() {
        ExecutableValidator executables = host.forExecutables();
        return new ExecutableValidator() {
            @Override
            public <T> Set<ConstraintViolation<T>> validateParameters(
                    T object, Method method, Object[] parameterValues, Class<?>... given) {
                return refusing(executables.validateParameters(object, method, parameterValues, groups(given)));
            }

            @Override
            public <T> Set<ConstraintViolation<T>> validateReturnValue(
                    T object, Method method, Object returnValue, Class<?>... given) {
                return refusing(executables.validateReturnValue(object, method, returnValue, groups(given)));
            }

            @Override
            public <T> Set<ConstraintViolation<T>> validateConstructorParameters(
                    Constructor<? extends T> constructor, Object[] parameterValues, Class<?>... given) {
                return refusing(executables.validateConstructorParameters(constructor, parameterValues, groups(given)));
            }

            @Override
            public <T> Set<ConstraintViolation<T>> validateConstructorReturnValue(
                    Constructor<? extends T> constructor, T createdObject, Class<?>... given) {
                return refusing(executables.validateConstructorReturnValue(constructor, createdObject, groups(given)));
            }
        };
    }
}
