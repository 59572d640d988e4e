package org.terrinclus.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every value type of Terrinclus; not part of the public API.
 *
 * <p>Accessors are JavaBeans getters ({@code getTitle()}), because Hibernate Validator only
 * sees constraints on getters, while builders keep the plain names ({@code title(...)}).
 * Implementations stay package-private: users see {@code X.builder()} and named factories.
 * SOURCE retention keeps Immutables off the compile path of the library's users.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        get = {"get*", "is*"},
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = false),
        optionalAcceptNullable = false,
        jdkOnly = true,
        // Keep org.immutables.value.Generated off the generated classes: users compile against
        // them without Immutables, and would get a warning for each (fatal under -Werror).
        allowedClasspathAnnotations = {Override.class})
public @interface TerrinclusStyle {}
