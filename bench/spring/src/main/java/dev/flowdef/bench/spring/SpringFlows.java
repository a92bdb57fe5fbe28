package dev.flowdef.bench.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application: Spring Boot's defaults throughout, as a team starts from start.spring.io. */
@SpringBootApplication
public class SpringFlows {

  public static void main(String[] args) {
    SpringApplication.run(SpringFlows.class, args);
  }
}
