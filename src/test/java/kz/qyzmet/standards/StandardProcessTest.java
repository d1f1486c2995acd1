package kz.qyzmet.standards;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kz.qyzmet.QyzmetTest;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A standard's process test: the shared application context ({@link QyzmetTest}) with the process test coverage
 * listener, which reports its coverage per diagram (see {@code kz.qyzmet.ProcessCoverage}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@QyzmetTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface StandardProcessTest {}
