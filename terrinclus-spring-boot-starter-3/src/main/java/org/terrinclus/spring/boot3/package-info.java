/**
 * Spring Boot 3 auto-configuration for Terrinclus: add {@code terrinclus-spring-boot-starter-3}
 * and Spring's JSON mapper reads and writes records in the Terrinclus format, and a refused
 * record is answered with every finding as a problem detail. See
 * {@link org.terrinclus.spring.boot3.TerrinclusAutoConfiguration}.
 */
package org.terrinclus.spring.boot3;
