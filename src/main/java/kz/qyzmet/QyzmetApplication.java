package kz.qyzmet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Qyzmet: the 13 social-protection state service standards of Government Resolution No. 1059 of 17 Aug 2012, run as
 * BPMN on an embedded Camunda 7 engine. Code is laid out by feature; see README.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QyzmetApplication {

  public static void main(String[] args) {
    SpringApplication.run(QyzmetApplication.class, args);
  }
}
