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
 * listener, which reports its coverage per diagram (see {@code kz.qyzmet.ProcessCoverage}). On a
 * {@link StandardCaseTest}, {@link #standard()} names the standard its cases are of and {@link #applicant()} who
 * applies.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@QyzmetTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface StandardProcessTest {

  /** The standard's code, e.g. "S01" (none: each test says, as the shared scenarios do). */
  String standard() default "";

  /** The {@code "applicant"} member of the applications the test makes. */
  String applicant() default StandardCaseTest.SEITKALI;
}
