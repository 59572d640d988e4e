package org.terrinclus.spring.boot4;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;
import org.terrinclus.validation.Draft;
import org.terrinclus.validation.Profile;
import org.terrinclus.validation.Publication;
import org.terrinclus.validation.Rules;
import org.terrinclus.validation.Severity;

/**
 * The application's own Bean Validation, as {@code @Valid} and Spring's method validation use
 * it: asked, when no group is given, for the groups that the configured profile and rejecting
 * severity name; a Terrinclus finding less severe than the rejecting severity is left out, so it
 * never refuses a request. Explicit groups ({@code @Validated(...)}) are used as given.
 */
final class ProfileValidator implements Validator {

    private final Validator host;
    private final Class<?>[] groups;
    private final Severity reject;

    ProfileValidator(Validator host, TerrinclusProperties properties) {
        this.host = host;
        this.reject = properties.getRejectSeverity();
        boolean publication = properties.getProfile() == Profile.PUBLICATION;
        Class<?> group;
        if (reject == Severity.ERROR) {
            group = publication ? Publication.class : Default.class;
        } else {
            group = publication ? Publication.WithWarnings.class : Draft.WithWarnings.class;
        }
        this.groups = new Class<?>[] {group};
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
