package org.terrinclus.spring.boot4;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.terrinclus.jackson3.TerrinclusJackson3Module;
import org.terrinclus.validation.ProfileValidator;

/**
 * What {@code terrinclus-spring-boot-starter-4} adds to a Spring Boot 4 application:
 *
 * <ul>
 *   <li>{@link TerrinclusJackson3Module} as a bean, so that Boot's Jackson 3 {@code JsonMapper} reads and writes
 *       records (alone, in lists, inside the application's types) in the Terrinclus format;
 *   <li>in a Spring MVC application, {@code @Valid} applying the rules of the configured profile
 *       ({@link TerrinclusProperties}), and {@link RecordProblems}, which answers a refused or
 *       unreadable record with every finding as a problem detail.
 * </ul>
 *
 * Each bean backs off when the application declares its own.
 */
// Boot 4 split its auto-configuration into modules: named, not referenced, so that this one
// needs none of them on its compile path.
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
        },
        afterName = "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration")
@EnableConfigurationProperties(TerrinclusProperties.class)
public class TerrinclusAutoConfiguration {

    /** Creates the configuration; Spring Boot does it. */
    public TerrinclusAutoConfiguration() {}

    /** The Jackson 3 module; Boot 4 adds every {@code JacksonModule} bean to its mapper. */
    @Bean
    @ConditionalOnMissingBean
    public TerrinclusJackson3Module terrinclusJackson3Module() {
        return new TerrinclusJackson3Module();
    }

    /** The Spring MVC part: {@code @Valid} by profile, and problem details. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(WebMvcConfigurer.class)
    static class Mvc {

        @Bean
        @ConditionalOnMissingBean
        RecordProblems terrinclusRecordProblems() {
            return new RecordProblems();
        }

        @Bean
        WebMvcConfigurer terrinclusValidation(
                ObjectProvider<jakarta.validation.Validator> validator, TerrinclusProperties properties) {
            return new WebMvcConfigurer() {
                @Override
                public Validator getValidator() {
                    jakarta.validation.Validator host = validator.getIfAvailable();
                    return host == null
                            ? null
                            : new SpringValidatorAdapter(
                                    ProfileValidator.of(host, properties.getProfile(), properties.getRejectSeverity()));
                }
            };
        }
    }
}
