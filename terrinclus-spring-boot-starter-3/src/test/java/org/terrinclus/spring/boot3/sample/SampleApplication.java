package org.terrinclus.spring.boot3.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A new Spring Boot 3 application whose only Terrinclus dependency is the starter. */
@SpringBootApplication
public class SampleApplication {}
