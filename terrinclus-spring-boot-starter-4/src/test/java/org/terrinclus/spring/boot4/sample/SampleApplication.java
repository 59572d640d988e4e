package org.terrinclus.spring.boot4.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A new Spring Boot 4 application whose only Terrinclus dependency is the starter. */
@SpringBootApplication
public class SampleApplication {}
