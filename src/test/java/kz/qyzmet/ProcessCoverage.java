package kz.qyzmet;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Process test coverage (camunda-process-test-coverage): every test class writes a report per diagram under
 * {@code target/process-test-coverage/<class>/report.html} and logs its class coverage. The figure is reported, not
 * enforced: a class-level threshold would apply to every test class of the shared context (browser and API tests
 * touch diagrams only in part), and the library takes one threshold for all.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {}
