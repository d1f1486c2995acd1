package kz.qyzmet.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kz.qyzmet.QyzmetTest;
import org.junit.jupiter.api.Tag;

/**
 * A test that drives the webapps in a {@link Browser}, in the shared context: run with {@code -Pbrowser} only, and on
 * the embedded default only, where the demo users (the clerks it signs in as) exist.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@Tag("embedded-only")
@QyzmetTest
@interface BrowserTest {

  /** The language of the class's browser, its interface and {@code Accept-Language}: kk (the clerks'), ru, en. */
  String language() default "kk";
}
