package kz.qyzmet;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Process test coverage (camunda-process-test-coverage): every test class that adds the coverage listener writes a
 * report per diagram under {@code target/process-test-coverage/<class>/report.html} and fails when it covers less than
 * 90% of the flow nodes and sequence flows of the diagrams it runs (issue 5 point 7).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

  public static final double AT_LEAST = 0.9;

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder()
        .assertClassCoverageAtLeast(AT_LEAST)
        .excludeProcessDefinitionKeys("mdc-probe", "recalculation-test")
        .build();
  }
}
