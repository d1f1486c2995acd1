package kz.qyzmet.cases;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil; // engine-internal: the engine's clock (timers, tests move it); no public API reads it

/** The engine's current time, the one clock every case's dates are taken from (tests move it with ClockUtil). */
public final class EngineClock {

  private EngineClock() {}

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
