package kz.qyzmet;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the engine's clock back to the real time after each test of the shared context ({@link QyzmetTest}): a test
 * that files its cases on a given day ({@code CaseDriver.at}) leaves no other test in that day.
 */
public final class EngineClockReset implements AfterEachCallback {

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
