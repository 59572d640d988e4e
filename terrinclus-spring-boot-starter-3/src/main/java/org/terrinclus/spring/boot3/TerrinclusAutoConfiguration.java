package org.terrinclus.spring.boot3;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.terrinclus.json.TerrinclusModule;
import org.terrinclus.validation.ProfileValidator;

/**
 * What {@code terrinclus-spring-boot-starter-3} adds to a Spring Boot 3 application:
 *
 * <ul>
 *   <li>{@link TerrinclusModule} as a bean, so that Boot's {@code ObjectMapper} reads and writes
 *       records (alone, in lists, inside the application's types) in the Terrinclus format;
 *   <li>in a Spring MVC application, {@code @Valid} applying the rules of the configured profile
 *       ({@link TerrinclusProperties}), and {@link RecordProblems}, which answers a refused or
 *       unreadable record with every finding as a problem detail.
 * </ul>
 *
 * Each bean backs off when the application declares its own.
 */
@AutoConfiguration(
        before = {JacksonAutoConfiguration.class, WebMvcAutoConfiguration.class},
        after = ValidationAutoConfiguration.class)
@EnableConfigurationProperties(TerrinclusProperties.class)
public class TerrinclusAutoConfiguration {

    /** Creates the configuration; Spring Boot does it. */
    public TerrinclusAutoConfiguration() {}

    /** The Jackson module; Boot 3 registers every {@code Module} bean with its mapper. */
    @Bean
    @ConditionalOnMissingBean
    public TerrinclusModule terrinclusModule() {
        return new TerrinclusModule();
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
