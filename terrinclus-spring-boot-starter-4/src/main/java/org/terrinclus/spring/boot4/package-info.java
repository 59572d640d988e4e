/**
 * Spring Boot 4 auto-configuration for Terrinclus: add {@code terrinclus-spring-boot-starter-4}
 * and Spring's JSON mapper reads and writes records in the Terrinclus format, and a refused
 * record is answered with every finding as a problem detail. See
 * {@link org.terrinclus.spring.boot4.TerrinclusAutoConfiguration}.
 */
package org.terrinclus.spring.boot4;
